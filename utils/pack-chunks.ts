import { COLLECTIONS, type Collection } from './import-plan';
import type { Checked } from './pack';
import { readPackJson } from './pack-parse';

/**
 * Most characters of JSON one import chunk carries. Checking a chunk this size takes a fraction of a second, so no
 * single message keeps the background busy for long, and each one resets the browser's idle timer.
 */
export const CHUNK_CHARS = 1024 * 1024;

/** How many records of each list a pack holds. */
export type RecordCounts = Record<Collection, number>;

/** A run of consecutive records of one list, as JSON array text, starting at index `from`. */
export interface PackChunk {
  collection: Collection;
  from: number;
  text: string;
}

/**
 * A pack split for a staged import: the envelope with its record lists emptied, how many records each list holds,
 * and the records in chunks of at most CHUNK_CHARS, in list order.
 */
export interface ChunkedPack {
  head: Record<string, unknown>;
  counts: RecordCounts;
  chunks: PackChunk[];
}

/**
 * Splits a pack's text for a staged import. Only the envelope is judged here (size, JSON, format, version, as
 * `readPackJson` reads them): every record is checked by the background as its chunk arrives. A list that is not a
 * list stays in the head for the background to name. A record too large for one chunk is refused with its path.
 */
export function chunkPack(text: string): Checked<ChunkedPack> {
  const read = readPackJson(text);
  if (!read.ok) return read;
  const head: Record<string, unknown> = { ...read.value };
  const counts: RecordCounts = { entries: 0, facts: 0, stances: 0 };
  const chunks: PackChunk[] = [];
  for (const collection of COLLECTIONS) {
    const list = read.value[collection];
    if (!Array.isArray(list)) continue;
    head[collection] = [];
    counts[collection] = list.length;
    let parts: string[] = [];
    let size = 2;
    let from = 0;
    for (const [index, record] of list.entries()) {
      const part = JSON.stringify(record);
      if (part.length + 2 > CHUNK_CHARS) {
        const limit = `${CHUNK_CHARS / 1024 / 1024} MB`;
        return { ok: false, issues: [{ path: [collection, index], message: `is larger than ${limit}` }] };
      }
      if (size + part.length + 1 > CHUNK_CHARS) {
        chunks.push({ collection, from, text: `[${parts.join(',')}]` });
        [parts, size, from] = [[], 2, index];
      }
      parts.push(part);
      size += part.length + 1;
    }
    if (parts.length > 0) chunks.push({ collection, from, text: `[${parts.join(',')}]` });
  }
  return { ok: true, value: { head, counts, chunks } };
}
