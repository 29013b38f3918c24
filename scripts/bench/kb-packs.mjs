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
export const packEntry = ({ id, kind, name, aliases }) => ({
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
 * each imported through the popup's staged import (`importPackTexts`), which validates every entry as a reader's
 * file; a base past one file's limit is split into files of `ENTRIES_PER_FILE` generated entries.
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
 * Extension page: replaces the knowledge base with the first pack text and merges the others into it, each as the
 * popup's staged import sends it (entrypoints/popup/send-import.ts): `kb.importBegin` with the envelope, one
 * `kb.importChunk` per megabyte of records as utils/pack-chunks.ts splits them, then `kb.importCommit` while
 * `kb.importStatus` every 2 s keeps the background awake, as the popup's pings do. Throws what the background
 * refused. Serialised on its own by `evaluate`, so everything it uses is inside it.
 * @param {string[]} texts
 */
export async function importPackTexts(texts) {
  const scope = /** @type {any} */ (globalThis);
  const api = scope.browser ?? scope.chrome;
  /** utils/pack-chunks.ts's CHUNK_CHARS, which the router enforces on every chunk. */
  const CHUNK_CHARS = 1024 * 1024;
  const send = async (type, payload) => {
    const reply = await api.runtime.sendMessage({ type, payload });
    if (!reply?.ok)
      throw new Error(`${type} refused the pack: ${String(JSON.stringify(reply)).slice(0, 2000)}`);
    return reply.value;
  };
  /** chunkPack: the envelope with its lists emptied, their lengths, and the records as JSON array text. */
  const chunked = (text) => {
    const pack = JSON.parse(text);
    const head = { ...pack };
    const counts = { entries: 0, facts: 0, stances: 0 };
    const chunks = [];
    for (const collection of ['entries', 'facts', 'stances']) {
      const list = pack[collection];
      if (!Array.isArray(list)) continue;
      head[collection] = [];
      counts[collection] = list.length;
      let [parts, size, from] = [[], 2, 0];
      for (const [index, record] of list.entries()) {
        const part = JSON.stringify(record);
        if (part.length + 2 > CHUNK_CHARS)
          throw new Error(`${collection}[${index}] is larger than one chunk`);
        if (size + part.length + 1 > CHUNK_CHARS) {
          chunks.push({ collection, from, text: `[${parts.join(',')}]` });
          [parts, size, from] = [[], 2, index];
        }
        parts.push(part);
        size += part.length + 1;
      }
      if (parts.length > 0) chunks.push({ collection, from, text: `[${parts.join(',')}]` });
    }
    return { head, counts, chunks };
  };
  for (const [i, text] of texts.entries()) {
    const { head, counts, chunks } = chunked(text);
    const { importId } = await send('kb.importBegin', { head, counts });
    for (const chunk of chunks) await send('kb.importChunk', { importId, ...chunk });
    let ping;
    // A status refused (the background restarted and lost the import) ends the wait, after the commit's own answer
    // has had a moment to land, as the popup's `awake` does.
    const gone = new Promise((_, reject) => {
      const fail = (error) => setTimeout(() => reject(error), 2_000);
      ping = setInterval(() => void send('kb.importStatus', { importId }).catch(fail), 2_000);
    });
    try {
      await Promise.race([send('kb.importCommit', { importId, mode: i === 0 ? 'replace' : 'merge' }), gone]);
    } finally {
      clearInterval(ping);
    }
  }
}
