import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { generateKb } from './generate-kb.mjs';

/**
 * @typedef {{ key: string, label: string, entries: number, texts: string[] }} KbPack A knowledge base as the
 *   pack files a reader would import, for the end-to-end runs: the first replaces, the others merge into it.
 */

/** Generated entries on top of the starter pack in each larger base of the end-to-end runs. */
export const PACK_SIZES = [10_000, 50_000];

/** Generated entries per pack file: the importer refuses files over 10 MB, about 35,000 such entries. */
const ENTRIES_PER_FILE = 20_000;

/** A generated entry with the fields a pack needs and nothing to show: the matcher reads only the aliases. */
const packEntry = ({ id, kind, name, aliases }) => ({
  id,
  kind,
  name,
  aliases,
  role: '',
  affiliation: null,
  summary: '',
  caveat: '',
  links: [],
  tags: [],
});

/**
 * The knowledge bases the end-to-end runs import into the built extension, as pack texts: the bundled starter
 * pack, then `PACK_SIZES` generated entries plus the starter pack (so the demo page still has its mentions),
 * each imported through the popup's own path (`kb.import`), which validates every entry as a reader's file;
 * a base past one file's limit is split into files of `ENTRIES_PER_FILE` generated entries.
 * @param {string} repo
 * @param {number[]} [sizes]
 * @returns {Promise<KbPack[]>}
 */
export async function kbPacks(repo, sizes = PACK_SIZES) {
  const text = await readFile(join(repo, 'public/starter-pack.json'), 'utf8');
  const starter = JSON.parse(text);
  const count = starter.entries.length;
  return [
    { key: 'starter', label: 'starter pack', entries: count, texts: [text] },
    ...sizes.map((size) => {
      const label = `${size.toLocaleString('en')} generated + starter`;
      const generated = generateKb(size).map(packEntry);
      const texts = [];
      for (let from = 0; from < size; from += ENTRIES_PER_FILE) {
        const part = generated.slice(from, from + ENTRIES_PER_FILE);
        const pack =
          from === 0
            ? { ...starter, entries: [...part, ...starter.entries] }
            : { ...starter, entries: part, facts: [], stances: [] };
        texts.push(JSON.stringify({ ...pack, title: label }));
      }
      return { key: `${size / 1000}k`, label, entries: size + count, texts };
    }),
  ];
}

/**
 * Extension page: replaces the knowledge base with the first pack text and merges the others into it, through
 * the same request the popup's import sends; throws what the background refused. Serialised on its own.
 * @param {string[]} texts
 */
export async function importPackTexts(texts) {
  const scope = /** @type {any} */ (globalThis);
  const api = scope.browser ?? scope.chrome;
  for (const [i, text] of texts.entries()) {
    const payload = { text, mode: i === 0 ? 'replace' : 'merge' };
    const reply = await api.runtime.sendMessage({ type: 'kb.import', payload });
    if (!reply?.ok)
      throw new Error(`kb.import refused the pack: ${String(JSON.stringify(reply)).slice(0, 2000)}`);
  }
}
