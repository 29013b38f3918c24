import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * @typedef {{ key: string, label: string, version: string, source: string }} Library
 */

/**
 * The regular-expression highlighters we race, each a dev dependency whose browser build defines a global
 * `Mark` with the same `markRegExp(regexp, { acrossElements, filter, each })` call; only one is evaluated per
 * page load, so the two globals never meet.
 */
export const LIBRARIES = [
  { key: 'markjs', label: 'mark.js', dir: 'node_modules/mark.js' },
  { key: 'advanced', label: 'advanced-mark.js', dir: 'node_modules/advanced-mark.js' },
];

/**
 * Reads each library's minified browser build and its installed version, for the harness and the report.
 * @param {string} repo
 * @returns {Promise<Record<string, Library>>}
 */
export async function readLibraries(repo) {
  const entries = await Promise.all(
    LIBRARIES.map(async ({ key, label, dir }) => {
      const { version } = JSON.parse(await readFile(join(repo, dir, 'package.json'), 'utf8'));
      const source = await readFile(join(repo, dir, 'dist/mark.min.js'), 'utf8');
      return [key, { key, label, version, source }];
    }),
  );
  return Object.fromEntries(entries);
}
