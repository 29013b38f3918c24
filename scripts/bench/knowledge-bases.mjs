import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { generateKb } from './generate-kb.mjs';
import { aliasTextsOf, markRegExpOf } from './mark-regexp.mjs';

/** Entries the generated knowledge base has, on top of the starter pack's. */
export const GENERATED_ENTRIES = 10_000;

/**
 * @typedef {import('./generate-kb.mjs').Entry} Entry
 * @typedef {{ key: string, label: string, entries: number, aliases: number, setKb: string,
 *   regexp: { source: string, flags: string }, texts: string[] }} KnowledgeBase
 */

/**
 * The page-side call that loads a knowledge base: entries as compact tuples inside the expression itself, as
 * DevTools moves one big expression faster than a big argument.
 * @param {Entry[]} entries
 */
function setKbExpression(entries) {
  const tuples = entries.map((e) => [
    e.id,
    e.kind,
    e.name,
    e.aliases.map((a) => [a.text, a.caseSensitive ? 1 : 0, a.needsContext ? 1 : 0]),
  ]);
  return `window.__bench.setKb(${JSON.stringify(tuples)})`;
}

/**
 * @param {string} key
 * @param {string} label
 * @param {Entry[]} entries
 * @returns {KnowledgeBase}
 */
function knowledgeBase(key, label, entries) {
  const aliases = aliasTextsOf(entries);
  return {
    key,
    label,
    entries: entries.length,
    aliases: aliases.length,
    setKb: setKbExpression(entries),
    regexp: markRegExpOf(aliases),
    texts: aliases.map((alias) => alias.text),
  };
}

/**
 * The two knowledge bases the bench runs: the bundled starter pack, and 10,000 generated entries plus the
 * starter pack (so real pages still have hits).
 * @param {string} repo
 * @returns {Promise<KnowledgeBase[]>}
 */
export async function knowledgeBases(repo) {
  return knowledgeBasesOf(JSON.parse(await readFile(join(repo, 'public/starter-pack.json'), 'utf8')));
}

/**
 * The same two knowledge bases from a given starter pack, so scripts/bench-compare.mjs can give each revision its
 * own pack with the same generated entries.
 * @param {{ entries: Entry[] }} pack
 * @returns {KnowledgeBase[]}
 */
export function knowledgeBasesOf(pack) {
  /** @type {Entry[]} */
  const starter = pack.entries;
  return [
    knowledgeBase('starter', 'starter pack', starter),
    knowledgeBase('10k', `${GENERATED_ENTRIES.toLocaleString('en')} generated + starter`, [
      ...generateKb(GENERATED_ENTRIES),
      ...starter,
    ]),
  ];
}
