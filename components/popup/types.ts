import type { Entry, Fact, Stance } from '@/utils/model';

/** How highlighted mentions look on a page; the content script maps each value to a CSS class. */
export type HighlightStyle = 'underline' | 'background' | 'outline';

/** Every highlight style, in the order the settings select lists them. */
export const HIGHLIGHT_STYLES: readonly HighlightStyle[] = ['underline', 'background', 'outline'];

/** The reader's preferences the popup edits; the shell persists them and the content script obeys them. */
export interface Settings {
  /** Highlighting is off on every site. */
  paused: boolean;
  /** Hostnames (e.g. `www.lemonde.fr`) where highlighting is off. */
  disabledSites: string[];
  highlightStyle: HighlightStyle;
  /** How long the pointer rests on a mention before its card opens, 0–2000 ms in steps of 50. */
  hoverDelayMs: number;
  /** Cards open only while Alt is held, for readers who find hover cards intrusive. */
  requireModifier: boolean;
}

/** One entry mentioned in the current tab with how often, as "On this page" lists it. */
export interface PageMention {
  entry: Entry;
  count: number;
}

/** What an import would do to one record, as the preview groups it. */
export type ImportStatus = 'new' | 'updated' | 'unchanged' | 'conflicting' | 'invalid';

/** One record of a pack as the import preview shows it. */
export interface ImportPreviewItem {
  id: string;
  name: string;
  type: 'entry' | 'fact' | 'stance';
  status: ImportStatus;
  /** Why the record is invalid or conflicting, in words the reader can act on. */
  reason?: string;
}

/** A dry run of an import, computed by the shell before anything is written, so the reader can confirm. */
export interface ImportPreview {
  title: string;
  items: ImportPreviewItem[];
}

/**
 * What the editor hands to `onSave`: the edited entry with the complete set of its facts and stances.
 * New records carry a fresh `crypto.randomUUID()` id and `rev: 0`; the store stamps times and revisions.
 * A fact or stance missing from the arrays was removed in the editor.
 */
export interface EntryDraft {
  entry: Entry;
  facts: Fact[];
  stances: Stance[];
}

/** The popup's four views, as the tabs name them. */
export type PopupTab = 'page' | 'entries' | 'import' | 'settings';
