import * as v from 'valibot';
import type { ImportPreview } from '@/utils/import-preview';
import type { OriginLabel } from '@/utils/installed-pack';
import type { EntryFacts } from '@/utils/mention-rules';
import type { Card, Entry } from '@/utils/model';
import type { Pack } from '@/utils/pack';
import type { Removed } from '@/utils/store/cascade';
import type { EntryDraft } from '@/utils/store/save-draft';
import type { BulkSummary } from '@/utils/undo-point';
import { draftSchema, loadedSchema, removedSchema } from '../editor-payloads';
import { matcherWireSchema } from '../matcher-payload';
import { emptyPayload, epochField, idField, listOf, storeRecord, storeRecords, wholeNumber } from '../shapes';
import type { CallRule } from './call-rule';

/**
 * The knowledge base's own requests: the page script's aliases and cards, the popup's entries and editor, export,
 * the starter pack and undo.
 */
export const KB_CALLS = {
  /**
   * Content script: the matcher the background compiled, packed, and what the gate must know of the entries (the
   * outlets' names); `version` changes with every write. Its hits name entries by number, in `epoch`.
   */
  'kb.matcher': {
    from: 'any',
    payload: emptyPayload,
    reply: v.object({
      version: wholeNumber,
      epoch: epochField,
      matcher: matcherWireSchema,
      facts: storeRecord<EntryFacts>(),
    }),
  },
  /**
   * Content script: popover cards for entries mentioned on the page, by number in `epoch`; one answer a number, null
   * where the entry has no card (gone, or hidden).
   */
  'kb.cards': {
    from: 'any',
    payload: v.strictObject({ epoch: epochField, entries: listOf(wholeNumber) }),
    reply: storeRecords<Card | null>(),
  },
  /** Popup: every entry. */
  'kb.entries': { from: 'extension', payload: emptyPayload, reply: storeRecords<Entry>() },
  /** Popup editor: an entry with all its facts and stances, or null when it is gone. */
  'kb.draft': {
    from: 'extension',
    payload: v.strictObject({ id: idField }),
    reply: v.nullable(storeRecord<EntryDraft>()),
  },
  /**
   * Popup editor: saves an entry with its facts and stances in one write; `expectedRev` null creates; `loaded` names
   * the related records the editor started from, so records added or changed elsewhere are a conflict, not deleted.
   */
  'kb.saveDraft': {
    from: 'extension',
    payload: v.strictObject({
      draft: draftSchema,
      expectedRev: v.nullable(wholeNumber),
      loaded: loadedSchema,
    }),
    reply: storeRecord<Entry>(),
  },
  /** Popup: deletes an entry; the answer is what undo needs. */
  'kb.deleteEntry': {
    from: 'extension',
    payload: v.strictObject({ id: idField, expectedRev: wholeNumber }),
    reply: storeRecord<Removed>(),
  },
  /** Popup: undoes a delete exactly, or refuses if the records moved on. */
  'kb.undoDelete': {
    from: 'extension',
    payload: v.strictObject({ removed: removedSchema }),
    reply: v.null(),
  },
  /** Popup: a pack of all entries, or of the given ones with their facts and stances. */
  'kb.export': {
    from: 'extension',
    payload: v.strictObject({ ids: v.nullable(listOf(idField, 100_000)) }),
    reply: storeRecord<Pack>(),
  },
  /** Popup: what re-installing the bundled starter pack would add, update, and keep because the reader edited it. */
  'kb.starterPreview': { from: 'extension', payload: emptyPayload, reply: storeRecord<ImportPreview>() },
  /** Popup: re-install the bundled starter pack by id, keeping the records the reader edited; undoable once. */
  'kb.restoreStarter': { from: 'extension', payload: emptyPayload, reply: storeRecord<BulkSummary>() },
  /** Popup: undo the last bulk write, the one its undo point names, or refuse (changing nothing) if it moved on. */
  'kb.undoBulk': {
    from: 'extension',
    payload: v.strictObject({ id: v.pipe(v.string(), v.maxLength(64)) }),
    reply: v.strictObject({ id: v.string(), label: v.string() }),
  },
  /** Popup editor: which packs an entry came from, by title (none: the reader's own), and whether it was edited. */
  'kb.origin': {
    from: 'extension',
    payload: v.strictObject({ id: idField }),
    reply: storeRecord<OriginLabel>(),
  },
} satisfies Record<string, CallRule>;
