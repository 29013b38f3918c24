import { useEffect, useRef, useState } from 'preact/hooks';
import type { SuggestionState } from '@/components/popup/suggestion-list';
import type { Entry } from '@/utils/model';
import { askTab, type PageTextAnswer } from '@/utils/protocol/tab-requests';
import type { SuggestTools } from '@/utils/suggest/suggest';
import type { Suggestion } from '@/utils/suggest/types';

/** What "Not in the knowledge base" shows, and the page a new entry's first fact cites. */
export interface PageSuggestions {
  state: SuggestionState;
  suggestions: Suggestion[];
  page: PageTextAnswer | null;
}

/** The suggestion code and its tagger, loaded on first use so the popup shows before the tagger's 360 KB are read. */
const loadSuggest = () =>
  Promise.all([import('@/utils/suggest/kb-tools'), import('@/utils/suggest/suggest')]);

/**
 * Asks the tab for its main text once, then suggests the names it mentions that the entries lack, again whenever
 * the entries change (a name just added drops out) or a dismissal changes; nothing where the tab cannot answer
 * (a browser page, a site where Fact Linker is paused).
 */
export function useSuggestions(
  tabId: number | null,
  entries: Entry[] | null,
  dismissed: ReadonlySet<string>,
): PageSuggestions {
  const [page, setPage] = useState<PageTextAnswer | null | undefined>(undefined);
  const [suggestions, setSuggestions] = useState<Suggestion[] | null>(null);
  const tools = useRef<{ entries: Entry[]; tools: SuggestTools } | null>(null);
  useEffect(() => {
    if (tabId === null) return;
    let live = true;
    askTab(tabId, 'page.text').then(
      (answer) => live && setPage(answer),
      () => live && setPage(null),
    );
    return () => {
      live = false;
    };
  }, [tabId]);
  useEffect(() => {
    if (!page || entries === null) return;
    let live = true;
    void loadSuggest().then(([{ suggestTools }, { suggestNames }]) => {
      if (!live) return;
      if (tools.current?.entries !== entries) tools.current = { entries, tools: suggestTools(entries) };
      setSuggestions(suggestNames(page, tools.current.tools, dismissed));
    });
    return () => {
      live = false;
    };
  }, [page, entries, dismissed]);
  if (page === null || tabId === null) return { state: 'unavailable', suggestions: [], page: null };
  if (page === undefined || suggestions === null)
    return { state: 'loading', suggestions: [], page: page ?? null };
  return { state: 'ready', suggestions, page };
}
