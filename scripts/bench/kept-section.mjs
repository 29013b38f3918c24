import { readFile, writeFile } from 'node:fs/promises';

const SECTION = /<!-- kept: ([\w-]+) -->\n[\s\S]*?\n<!-- \/kept: \1 -->\n?/g;

/** A section's text between its markers. */
const marked = (name, body) => `<!-- kept: ${name} -->\n${body.trim()}\n<!-- /kept: ${name} -->\n`;

/**
 * The sections of a BENCHMARKS.md text that `npm run bench` does not measure itself (marked `<!-- kept: name -->`
 * … `<!-- /kept: name -->`: a change timed against an older revision by scripts/bench-compare.mjs, the real-text
 * figures from the unit suite), markers included, so a full run that rewrites the file carries them over.
 * @param {string} text
 */
export function keptSections(text) {
  return [...text.matchAll(SECTION)].map(([section]) => section.trimEnd()).join('\n\n');
}

/**
 * Puts `body` in the kept section `name` of the file at `path`, replacing it if it is there, else at the end.
 * @param {string} path
 * @param {string} name
 * @param {string} body Markdown, starting with its own heading
 */
export async function writeKeptSection(path, name, body) {
  const text = await readFile(path, 'utf8').catch(() => '');
  const old = [...text.matchAll(SECTION)].find((match) => match[1] === name)?.[0];
  const section = marked(name, body);
  await writeFile(path, old ? text.replace(old, section) : `${text.trimEnd()}\n\n${section}`);
}
