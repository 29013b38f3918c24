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

/** The popup's four views, as the tabs name them. */
export type PopupTab = 'page' | 'entries' | 'import' | 'settings';
