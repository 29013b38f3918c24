import type { ImportPreview } from './import-preview';
import type { AliasRecord, Card, Entry } from './model';
import type { ImportMode, ImportSummary, Pack } from './pack';
import type { Removed } from './store/cascade';
import type { EntryDraft } from './store/save-draft';

/** One mention summary per entry on a page: what the badge counts and the popup lists. */
export interface MentionSummary {
  id: string;
  count: number;
  /** Order of the first mention in the page's reading order. */
  first: number;
}

/**
 * Every request between content scripts, popup and background: the one map both ends are typed by,
 * in the manner of hypothesis/client's call maps.
 */
export interface Calls {
  /** Content script: every alias, to compile the automaton; `version` changes with every write. */
  'kb.aliases': { req: Record<string, never>; res: { version: number; aliases: AliasRecord[] } };
  /** Content script: popover cards for the entries mentioned on the page. */
  'kb.cards': { req: { ids: string[] }; res: Card[] };
  /** Popup: every entry. */
  'kb.entries': { req: Record<string, never>; res: Entry[] };
  /** Popup editor: an entry with all its facts and stances, or null when it is gone. */
  'kb.draft': { req: { id: string }; res: EntryDraft | null };
  /** Popup editor: saves an entry with its facts and stances in one write; `expectedRev` null creates. */
  'kb.saveDraft': { req: { draft: EntryDraft; expectedRev: number | null }; res: Entry };
  /** Popup: deletes an entry; the answer is what undo needs. */
  'kb.deleteEntry': { req: { id: string; expectedRev: number }; res: Removed };
  /** Popup: undoes a delete exactly, or refuses if the records moved on. */
  'kb.undoDelete': { req: { removed: Removed }; res: null };
  /** Popup: what importing a pack's text would do, record by record, before anything is written. */
  'kb.previewImport': { req: { text: string }; res: ImportPreview };
  /** Popup: a pack of all entries, or of the given ones with their facts and stances. */
  'kb.export': { req: { ids: string[] | null }; res: Pack };
  /** Popup: validate then write a pack's text, all or nothing. */
  'kb.import': { req: { text: string; mode: ImportMode }; res: ImportSummary };
  /** Popup: put the starter pack's records back without duplicating them. */
  'kb.restoreStarter': { req: Record<string, never>; res: ImportSummary };
  /** Content script: what this tab mentions, for the badge and the popup's "On this page". */
  'page.report': { req: { mentions: MentionSummary[] }; res: null };
  /** Content script: open the popup's editor on an entry, in a tab (a page can't open extension URLs itself). */
  'ui.openEditor': { req: { entryId: string }; res: null };
  /** Popup: what a tab reported, in reading order. */
  'page.mentions': { req: { tabId: number }; res: MentionSummary[] };
}

/** A request name. */
export type CallName = keyof Calls;
/** A request as it travels. */
export type Request<M extends CallName = CallName> = { type: M; payload: Calls[M]['req'] };
/** An answer as it travels: errors are values, so a refused request never throws across contexts. */
export type Reply<M extends CallName = CallName> =
  | { ok: true; value: Calls[M]['res'] }
  | { ok: false; error: string; code?: ErrorCode };

/** Failures a caller can act on: a revision conflict (offer reload or overwrite) or a record that is gone. */
export type ErrorCode = 'conflict' | 'not-found';

/**
 * Every event the background announces to tabs and extension pages, with its fields beside `type`: events are
 * not requests, so they skip the router, but both ends are still typed by this one map.
 */
export interface Events {
  /** After every committed write, so tabs and popup refresh. */
  'kb.changed': { version: number };
  /** After a tab's report changed (new mentions, or dropped on navigation or close), so "On this page" reloads. */
  'page.reported': { tabId: number };
}

/** An event name. */
export type EventName = keyof Events;
/** An event as it travels. */
export type BackgroundEvent<E extends EventName = EventName> = { [K in E]: { type: K } & Events[K] }[E];
/** Broadcast from the background after every committed write, so tabs and popup refresh. */
export type ChangedEvent = BackgroundEvent<'kb.changed'>;
/** Sent to extension pages when a tab's report changed, so the popup reloads instead of polling. */
export type ReportedEvent = BackgroundEvent<'page.reported'>;

/** Sent by the popup to a tab's content script: scroll to an entry's first mention and open its popover. */
export interface RevealRequest {
  type: 'page.reveal';
  entryId: string;
}
