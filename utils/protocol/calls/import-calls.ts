import * as v from 'valibot';
import { COLLECTIONS } from '@/utils/import-plan';
import type { ImportPreview } from '@/utils/import-preview';
import { CHUNK_CHARS } from '@/utils/pack-chunks';
import { MAX_PACK_CHARS } from '@/utils/pack-parse';
import type { BulkSummary } from '@/utils/undo-point';
import { storeRecord, wholeNumber } from '../shapes';
import type { CallRule } from './call-rule';

/** A staged import's id, as `kb.importBegin` gives it. */
const importId = v.pipe(v.string(), v.length(36));
/** How many records of one list a staged import announces: each takes at least 2 of a pack's characters. */
const recordCount = v.pipe(wholeNumber, v.maxValue(MAX_PACK_CHARS / 2));
/** How far a staged import has come. */
const importProgress = v.strictObject({ received: wholeNumber, total: wholeNumber, writing: v.boolean() });

/**
 * A staged import's requests, from the popup (entrypoints/popup/send-import.ts) to the background
 * (utils/staged-import.ts).
 */
export const IMPORT_CALLS = {
  /**
   * Popup, a staged import (utils/staged-import.ts): opens it with the pack's envelope (lists empty) and how many
   * records follow; the answer names it for the chunks and the commit.
   */
  'kb.importBegin': {
    from: 'extension',
    payload: v.strictObject({
      head: v.record(v.string(), v.unknown()),
      counts: v.strictObject({ entries: recordCount, facts: recordCount, stances: recordCount }),
    }),
    reply: v.strictObject({ importId }),
  },
  /** Popup: one chunk of a staged import, records `from` on of one list as JSON text; the answer is the progress. */
  'kb.importChunk': {
    from: 'extension',
    payload: v.strictObject({
      importId,
      collection: v.picklist(COLLECTIONS),
      from: wholeNumber,
      text: v.pipe(v.string(), v.maxLength(CHUNK_CHARS)),
    }),
    reply: importProgress,
  },
  /** Popup, every few seconds while a commit writes: the progress, and a message that keeps the background awake. */
  'kb.importStatus': { from: 'extension', payload: v.strictObject({ importId }), reply: importProgress },
  /**
   * Popup: what committing a staged import would do, record by record, before anything is written; the import stays
   * open, so the reader's "Import" commits these records without sending them again.
   */
  'kb.importPreview': {
    from: 'extension',
    payload: v.strictObject({ importId }),
    reply: storeRecord<ImportPreview>(),
  },
  /** Popup: ends a staged import, writing all of it in one transaction or, refused, nothing. */
  'kb.importCommit': {
    from: 'extension',
    payload: v.strictObject({ importId, mode: v.picklist(['merge', 'replace']) }),
    reply: storeRecord<BulkSummary>(),
  },
} satisfies Record<string, CallRule>;
