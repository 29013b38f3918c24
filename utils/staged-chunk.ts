import * as v from 'valibot';
import type { Collection } from './import-plan';
import { CHUNK_CHARS } from './pack-chunks';
import { MAX_PACK_CHARS } from './pack-parse';
import { entrySchema } from './schema/entry';
import { factSchema } from './schema/fact';
import { listSchema } from './schema/fields';
import type { Issue } from './schema/issues';
import { issuesOf } from './schema/issues';
import { stanceSchema } from './schema/stance';

const SCHEMAS = { entries: entrySchema, facts: factSchema, stances: stanceSchema };

/** Where a staged import stands when a chunk of one list arrives: what the chunk must follow and stay within. */
export interface ChunkPlace {
  collection: Collection;
  /** The index of the chunk's first record in its list, as the popup sent it. */
  from: number;
  /** Records of this list staged so far. */
  received: number;
  /** Records of this list the import announced. */
  announced: number;
  /** Characters of every chunk staged so far. */
  chars: number;
}

/**
 * A chunk read: its records as sent, and either every one of them checked or the problems found in them, each by
 * its place in the whole pack; or, for a chunk out of place, oversized or not a list, why it ends the import.
 */
export type ReadChunk =
  | { ok: true; records: unknown[]; checked: unknown[]; issues: Issue[] }
  | { ok: false; reason: string };

/**
 * Reads one chunk of a staged import with the record schemas `parsePack` uses (stamps missing from records filled
 * with the import's `now`), so each chunk is checked as it arrives and no message does much work.
 */
export function readChunk(text: string, place: ChunkPlace, now: number): ReadChunk {
  const { collection, from } = place;
  const refuse = (reason: string): ReadChunk => ({ ok: false, reason });
  if (text.length > CHUNK_CHARS) return refuse(`a chunk is over ${CHUNK_CHARS} characters`);
  if (place.chars + text.length > MAX_PACK_CHARS) return refuse('the pack is over its size limit');
  if (from !== place.received) return refuse(`${collection} chunk at ${from} came out of order`);
  let records: unknown;
  try {
    records = JSON.parse(text);
  } catch {
    return refuse(`a ${collection} chunk is not JSON`);
  }
  if (!Array.isArray(records) || records.length === 0)
    return refuse(`a ${collection} chunk is not a list of records`);
  if (from + records.length > place.announced) return refuse(`more ${collection} than announced`);
  const result = v.safeParse(listSchema(SCHEMAS[collection](now)), records);
  if (result.success) return { ok: true, records, checked: result.output, issues: [] };
  const issues = issuesOf(result.issues).map(({ path, message }) => {
    const [index, ...rest] = path;
    return { path: [collection, from + Number(index), ...rest], message };
  });
  return { ok: true, records, checked: [], issues };
}
