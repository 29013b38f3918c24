import type { Entry } from '@/utils/model';

export type { ImportPreview, ImportPreviewItem, ImportStatus } from '@/utils/import-preview';
export type { HighlightStyle, Settings } from '@/utils/settings';
export { HIGHLIGHT_STYLES } from '@/utils/settings';
export type { EntryDraft } from '@/utils/store/save-draft';

/** One entry mentioned in the current tab with how often, as "On this page" lists it. */
export interface EntryOnPage {
  entry: Entry;
  count: number;
}

/** Why the current tab's page counts as on topic or not, with entry names, as "On this page" says it. */
export interface TopicOnPage {
  /** Whether the reader left the topic gate on. */
  gate: boolean;
  onTopic: boolean;
  /** Names of the entries that made the page on topic. */
  evidence: string[];
  /** Names of the general entries found whose highlights the gate hides. */
  hidden: string[];
}

/** The popup's five views, as the tabs name them. */
export type PopupTab = 'page' | 'entries' | 'packs' | 'import' | 'settings';
