import * as v from 'valibot';
import type { MatrixPage } from '@/utils/dossier/matrix';
import type { TimelineItem } from '@/utils/dossier/timeline';
import { COLLECTIONS } from '@/utils/import-plan';
import type { ImportPreview } from '@/utils/import-preview';
import type { InstalledPack, OriginLabel } from '@/utils/installed-pack';
import type { EntryFacts } from '@/utils/mention-rules';
import type { AliasRecord, Card, Entry } from '@/utils/model';
import type { Pack } from '@/utils/pack';
import { CHUNK_CHARS } from '@/utils/pack-chunks';
import { MAX_PACK_CHARS } from '@/utils/pack-parse';
import type { SeenPage } from '@/utils/seen';
import type { Removed } from '@/utils/store/cascade';
import type { EntryDraft } from '@/utils/store/save-draft';
import type { BulkSummary } from '@/utils/undo-point';
import { dossierPaging, timelineFilterSchema } from './dossier-payloads';
import { draftSchema, loadedSchema, removedSchema } from './editor-payloads';
import {
  emptyPayload,
  idField,
  listOf,
  mentionSummarySchema,
  storeRecord,
  storeRecords,
  topicVerdictSchema,
  wholeNumber,
} from './shapes';

/** A staged import's id, as `kb.importBegin` gives it. */
const importId = v.pipe(v.string(), v.length(36));
/** How many records of one list a staged import announces: each takes at least 2 of a pack's characters. */
const recordCount = v.pipe(wholeNumber, v.maxValue(MAX_PACK_CHARS / 2));
/** How far a staged import has come. */
const importProgress = v.strictObject({ received: wholeNumber, total: wholeNumber, writing: v.boolean() });

/** Which contexts may send a request: page content scripts, the extension's own pages, or both. */
type Origin = 'page' | 'extension' | 'any';

/** One request: who may send it, the payload the background accepts, and the answer the caller accepts. */
interface CallRule {
  from: Origin;
  payload: v.GenericSchema;
  reply: v.GenericSchema;
}

/**
 * Every request between content scripts, popup and background, defined once: the router checks origins,
 * payloads and answers by it, and both ends take their TypeScript types from it (`call` imports only the types,
 * so the schemas stay in the background's bundle).
 */
export const CALLS = {
  /**
   * Content script: every alias, to compile the automaton, and what the gate must know of the entries (which are
   * generic, the outlets' names); `version` changes with every write.
   */
  'kb.aliases': {
    from: 'any',
    payload: emptyPayload,
    reply: v.object({
      version: wholeNumber,
      aliases: storeRecords<AliasRecord>(),
      facts: storeRecord<EntryFacts>(),
    }),
  },
  /** Content script: popover cards for the entries mentioned on the page. */
  'kb.cards': {
    from: 'any',
    payload: v.strictObject({ ids: listOf(idField) }),
    reply: storeRecords<Card>(),
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
  /** Dossier: one page of the timeline of facts and dated stances that pass the filter, and how many pass in all. */
  'dossier.timeline': {
    from: 'extension',
    payload: v.strictObject({ filter: timelineFilterSchema, ...dossierPaging }),
    reply: v.object({ total: wholeNumber, items: storeRecords<TimelineItem>() }),
  },
  /** Dossier: one page of the stance matrix, actors by name, with the proposals they took positions on. */
  'dossier.matrix': {
    from: 'extension',
    payload: v.strictObject(dossierPaging),
    reply: storeRecord<MatrixPage>(),
  },
  /** Popup editor: one page of the pages an entry was seen in, latest first, and how many there are. */
  'seen.list': {
    from: 'extension',
    payload: v.strictObject({
      entryId: idField,
      offset: wholeNumber,
      limit: v.pipe(wholeNumber, v.maxValue(100)),
    }),
    reply: v.object({ total: wholeNumber, pages: storeRecords<SeenPage>() }),
  },
  /** Popup settings: forget every page of the mention log. */
  'seen.clear': { from: 'extension', payload: emptyPayload, reply: v.null() },
  /** Popup: the installed packs, and the bundled ones not installed yet, for the Packs view. */
  'packs.list': {
    from: 'extension',
    payload: emptyPayload,
    reply: v.strictObject({
      installed: storeRecords<InstalledPack>(),
      available: v.array(v.strictObject({ id: v.string(), title: v.string(), publisher: v.string() })),
    }),
  },
  /** Popup: turn a pack off (its records hidden from pages, not deleted) or on again. */
  'packs.setEnabled': {
    from: 'extension',
    payload: v.strictObject({ id: idField, enabled: v.boolean() }),
    reply: storeRecord<InstalledPack>(),
  },
  /** Popup: install a pack the extension ships, by id, merged over the knowledge base and enabled. */
  'packs.installBundled': {
    from: 'extension',
    payload: v.strictObject({ id: idField }),
    reply: storeRecord<BulkSummary>(),
  },
  /**
   * Page script: what this tab mentions, for the badge and the popup's "On this page", why the page counts as on
   * topic or not, and the address the page shows now (a single-page app's route changes it, while the browser's
   * sender URL keeps the one loaded).
   */
  'page.report': {
    from: 'page',
    payload: v.strictObject({
      mentions: listOf(mentionSummarySchema, 100_000),
      topic: topicVerdictSchema,
      url: v.pipe(v.string(), v.maxLength(8_192)),
    }),
    reply: v.null(),
  },
  /** Popover frame: open the popup's editor on an entry, in a tab (only our frame's button may ask). */
  'ui.openEditor': { from: 'extension', payload: v.strictObject({ entryId: idField }), reply: v.null() },
  /** Page script and the popover frame it embeds: the tab's ticket that pairs them over a private port. */
  'ui.frameTicket': {
    from: 'page',
    payload: emptyPayload,
    reply: v.strictObject({ ticket: v.pipe(v.string(), v.length(36)) }),
  },
  /** Popup: what a tab reported, in reading order, and the topic gate's verdict (null before any report). */
  'page.mentions': {
    from: 'extension',
    payload: v.strictObject({ tabId: wholeNumber }),
    reply: v.strictObject({ mentions: v.array(mentionSummarySchema), topic: v.nullable(topicVerdictSchema) }),
  },
} satisfies Record<string, CallRule>;

/** A request name. */
export type CallName = keyof typeof CALLS;

/** What a caller sends with a request. */
export type CallPayload<M extends CallName> = v.InferInput<(typeof CALLS)[M]['payload']>;

/** What a handler is given once the router has checked the payload. */
export type CheckedPayload<M extends CallName> = v.InferOutput<(typeof CALLS)[M]['payload']>;

/** What a handler answers. */
export type CallAnswer<M extends CallName> = v.InferInput<(typeof CALLS)[M]['reply']>;

/** What a caller gets once `call` has checked the answer. */
export type CallResult<M extends CallName> = v.InferOutput<(typeof CALLS)[M]['reply']>;
