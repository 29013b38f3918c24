import { readFile, writeFile } from 'node:fs/promises';

const START = '<!-- bench-compare: start -->';
const END = '<!-- bench-compare: end -->';

/**
 * The section scripts/bench-compare.mjs wrote into a BENCHMARKS.md text (markers included), or '' if none: a full
 * `npm run bench` rewrites the file and carries it over, since it measures a change against an older revision that
 * the bench itself does not run.
 * @param {string} text
 */
export function keptSection(text) {
  const start = text.indexOf(START);
  const end = text.indexOf(END, start);
  return start < 0 || end < 0 ? '' : `${text.slice(start, end + END.length)}\n`;
}

/**
 * Puts `body` between the markers in the file at `path`, replacing the section if there is one, else at the end.
 * @param {string} path
 * @param {string} body Markdown, starting with its own heading
 */
export async function writeKeptSection(path, body) {
  const text = await readFile(path, 'utf8').catch(() => '');
  const section = `${START}\n${body.trim()}\n${END}\n`;
  const old = keptSection(text);
  await writeFile(path, old ? text.replace(old, section) : `${text.trimEnd()}\n\n${section}`);
}
