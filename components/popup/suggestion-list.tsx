import { useId } from 'preact/hooks';
import type { GuessedKind, Suggestion } from '@/utils/suggest/types';

/** Where the suggestions stand: being read, read, or not to be had on this tab (a browser page, a paused site). */
export type SuggestionState = 'loading' | 'ready' | 'unavailable';

/** Props of {@link SuggestionList}. */
export interface SuggestionListProps {
  state: SuggestionState;
  /** Best first, dismissed names already left out. */
  suggestions: Suggestion[];
  /** The name dismissed last, which the reader may take back; null when there is none. */
  undoName: string | null;
  onAdd(suggestion: Suggestion): void;
  onAddAlias(suggestion: Suggestion): void;
  onDismiss(suggestion: Suggestion): void;
  onUndo(): void;
}

const KIND_WORDS: Readonly<Record<GuessedKind, string>> = {
  person: 'Person',
  organisation: 'Organisation',
  media: 'Media',
  place: 'Place',
  name: 'Name',
};

const mentions = (count: number) => (count === 1 ? '1 mention' : `${count} mentions`);

/**
 * "Not in the knowledge base": the names the page mentions that no entry knows, best first, each with a count and one
 * click to add it (a prefilled entry to review) or, when it looks like another form of an entry, to add it as that
 * entry's alias; dismissing one hides it from every page until undone. Names are rendered as text.
 */
export function SuggestionList(props: SuggestionListProps) {
  const headingId = useId();
  const { state, suggestions, undoName } = props;
  if (state === 'unavailable') return null;
  return (
    <section class="fl-view fl-suggestions" aria-labelledby={headingId} aria-busy={state === 'loading'}>
      <h3 id={headingId} class="fl-subheading">
        Not in the knowledge base
      </h3>
      {undoName !== null && (
        <p class="fl-actions" role="status">
          <span>{`Dismissed “${undoName}”.`}</span>
          <button type="button" class="fl-link-button" onClick={props.onUndo}>
            Undo
          </button>
        </p>
      )}
      {state === 'loading' ? (
        <p class="fl-hint">Reading the page…</p>
      ) : suggestions.length === 0 ? (
        <p class="fl-hint">No other names found on this page.</p>
      ) : (
        <ul class="fl-mentions">
          {suggestions.map((suggestion) => (
            <li key={suggestion.key} class="fl-suggestion">
              <span class="fl-mention-name">{suggestion.name}</span>
              <span class="fl-muted">{`${KIND_WORDS[suggestion.kind]} · ${mentions(suggestion.count)}`}</span>
              <span class="fl-actions">
                {suggestion.aliasOf ? (
                  <button type="button" class="fl-button" onClick={() => props.onAddAlias(suggestion)}>
                    {`Add as an alias of ${suggestion.aliasOf.name}`}
                  </button>
                ) : (
                  <button
                    type="button"
                    class="fl-button"
                    aria-label={`Add ${suggestion.name}`}
                    onClick={() => props.onAdd(suggestion)}
                  >
                    Add
                  </button>
                )}
                <button
                  type="button"
                  class="fl-link-button"
                  aria-label={`Dismiss ${suggestion.name}`}
                  onClick={() => props.onDismiss(suggestion)}
                >
                  Dismiss
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
