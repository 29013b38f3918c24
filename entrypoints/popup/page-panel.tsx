import { OnThisPage, type OnThisPageProps } from '@/components/popup/on-this-page';
import { SuggestionList } from '@/components/popup/suggestion-list';
import type { Entry } from '@/utils/model';
import { suggestedDraft } from '@/utils/suggest/suggested-draft';
import { addAsAlias } from './add-alias';
import type { Notify } from './notices';
import { localDate } from './prefill';
import { useDismissed } from './use-dismissed';
import type { Editor } from './use-editor';
import { useSuggestions } from './use-suggestions';

/** Props of {@link PagePanel}. */
export interface PagePanelProps {
  /** What "On this page" shows of the known entries. */
  known: OnThisPageProps;
  tabId: number | null;
  entries: Entry[] | null;
  editor: Editor;
  notify: Notify;
  /** Shows the editor the reader just opened on a suggestion. */
  onEdit(): void;
}

/**
 * The "On this page" tab: the known entries, then the names the page mentions that the knowledge base lacks. Adding
 * one opens the editor on a prefilled entry to review; saving it goes through the usual save, after which every tab
 * rescans (`kb.changed`) and highlights the new name without a reload.
 */
export function PagePanel({ known, tabId, entries, editor, notify, onEdit }: PagePanelProps) {
  const dismissed = useDismissed(notify);
  const { state, suggestions, page } = useSuggestions(tabId, entries, dismissed.keys);
  return (
    <>
      <OnThisPage {...known} />
      <SuggestionList
        state={state}
        suggestions={suggestions}
        undoName={dismissed.last?.name ?? null}
        onAdd={(suggestion) => {
          if (!page) return;
          editor.createFrom(suggestedDraft(suggestion, page, localDate(new Date())));
          onEdit();
        }}
        onAddAlias={(suggestion) => void addAsAlias(suggestion, notify)}
        onDismiss={dismissed.dismiss}
        onUndo={dismissed.undo}
      />
    </>
  );
}
