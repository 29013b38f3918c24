import { describeOrigin, familyLabel, kindLabel } from '@/utils/i18n/labels';
import { messageLanguage, t, tSlots, uiLocale } from '@/utils/i18n/t';
import type { Card } from '@/utils/model';
import { familyOf } from '@/utils/model';
import { EntryLinks } from './entry-links';
import { FactList } from './fact-list';
import { describeTimestamp } from './format-date';
import { SeenPages } from './seen-pages';
import { StanceList } from './stance-list';

/** Props of {@link PopoverCard}: data in, callbacks out, so the content script owns messaging and placement. */
export interface PopoverCardProps {
  /** Everything shown, assembled by the background for one entry. */
  card: Card;
  /** The alias as it was matched on the page, e.g. "the French president". */
  matchedAlias: string;
  /** Id given to the name heading, for the host's `role="dialog" aria-labelledby`; also prefixes inner ids. */
  headingId: string;
  /** Asked to open the entry in the Fact Linker editor. */
  onEdit: (entryId: string) => void;
  /** Asked to close the popover. */
  onClose: () => void;
  /** Start with every fact shown rather than the latest three. */
  defaultShowAllFacts?: boolean;
  /** Forces a colour scheme; by default the reader's `prefers-color-scheme` decides. */
  scheme?: 'light' | 'dark';
}

/**
 * The popover's main view: who or what a mention refers to, its own links, where it stands, and the latest facts
 * with their sources; the card scrolls as a whole (it always holds the close button, so keyboard readers reach it),
 * and editing comes last, as a quiet action.
 */
export function PopoverCard(props: PopoverCardProps) {
  const { card, matchedAlias, headingId, onEdit, onClose, defaultShowAllFacts, scheme } = props;
  const { entry } = card;
  const family = familyOf(entry.kind);
  const context = [entry.role.trim(), card.affiliation?.name.trim() ?? ''].filter(Boolean).join(' · ');
  const updated = describeTimestamp(entry.updatedAt, uiLocale());
  return (
    <div class="fl-popover" lang={messageLanguage()} data-family={family} data-scheme={scheme}>
      <div class="fl-header">
        <div class="fl-heading">
          <p class="fl-kind">
            {familyLabel(family)} · {kindLabel(entry.kind)}
          </p>
          <h2 class="fl-title" id={headingId}>
            {entry.name}
          </h2>
          {context ? <p class="fl-context">{context}</p> : null}
          <EntryLinks links={entry.links} />
        </div>
        <button
          type="button"
          class="fl-button fl-close"
          aria-label={t('popover_close')}
          onClick={() => onClose()}
        >
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <div class="fl-body">
        {entry.summary.trim() ? <p class="fl-summary">{entry.summary}</p> : null}
        {entry.caveat.trim() ? (
          <p class="fl-caveat">
            <strong class="fl-caveat-label">{t('popover_unsure')}</strong> {entry.caveat}
          </p>
        ) : null}
        <StanceList family={family} stances={card.stances} idPrefix={headingId} />
        <FactList facts={card.facts} idPrefix={headingId} defaultShowAll={defaultShowAllFacts} />
        <SeenPages seen={card.seen} />
      </div>
      <div class="fl-footer">
        <p class="fl-provenance">
          <span class="fl-matched">{t('popover_matched', matchedAlias)}</span>
          <span class="fl-origin">{describeOrigin(card.origin)}</span>
          {updated ? (
            <span class="fl-updated">
              {tSlots('popover_updated', 1).map((part) =>
                typeof part === 'string' ? part : <time dateTime={updated.datetime}>{updated.label}</time>,
              )}
            </span>
          ) : null}
        </p>
        <button type="button" class="fl-button fl-edit" onClick={() => onEdit(entry.id)}>
          {t('popover_edit')}
        </button>
      </div>
    </div>
  );
}
