import { useId } from 'preact/hooks';
import type { MessageKey } from '@/utils/i18n/message-key';
import { t, tn } from '@/utils/i18n/t';
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

const KIND_WORDS: Readonly<Record<GuessedKind, MessageKey>> = {
  person: 'kind_person',
  organisation: 'kind_organisation',
  media: 'kind_media',
  place: 'guess_place',
  name: 'guess_name',
};

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
        {t('suggest_title')}
      </h3>
      {undoName !== null && (
        <p class="fl-actions" role="status">
          <span>{t('suggest_dismissed', t('quote', undoName))}</span>
          <button type="button" class="fl-link-button" onClick={props.onUndo}>
            {t('undo')}
          </button>
        </p>
      )}
      {state === 'loading' ? (
        <p class="fl-hint">{t('suggest_reading')}</p>
      ) : suggestions.length === 0 ? (
        <p class="fl-hint">{t('suggest_none')}</p>
      ) : (
        <ul class="fl-mentions">
          {suggestions.map((suggestion) => (
            <li key={suggestion.key} class="fl-suggestion">
              <span class="fl-mention-name">{suggestion.name}</span>
              <span class="fl-muted">{`${t(KIND_WORDS[suggestion.kind])} · ${tn('mentions', suggestion.count)}`}</span>
              <span class="fl-actions">
                {suggestion.aliasOf ? (
                  <button type="button" class="fl-button" onClick={() => props.onAddAlias(suggestion)}>
                    {t('suggest_add_alias', suggestion.aliasOf.name)}
                  </button>
                ) : (
                  <button
                    type="button"
                    class="fl-button"
                    aria-label={t('suggest_add_label', suggestion.name)}
                    onClick={() => props.onAdd(suggestion)}
                  >
                    {t('add')}
                  </button>
                )}
                <button
                  type="button"
                  class="fl-link-button"
                  aria-label={t('suggest_dismiss_label', suggestion.name)}
                  onClick={() => props.onDismiss(suggestion)}
                >
                  {t('suggest_dismiss')}
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
