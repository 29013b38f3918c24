import { useState } from 'preact/hooks';
import { t, tn } from '@/utils/i18n/t';
import type { Fact } from '@/utils/model';
import { FactDate } from './fact-date';
import { SourceLink } from './source-link';

/** How many facts a popover shows before the reader asks for more: enough for context, short enough to hover. */
export const FACTS_SHOWN = 3;

/** Props of {@link FactList}. */
export interface FactListProps {
  /** Facts about the entry, latest first (as the Card provides them). */
  facts: Fact[];
  /** Prefix for the ids that tie the list to its heading and toggle. */
  idPrefix: string;
  /** Start with every fact shown rather than the latest {@link FACTS_SHOWN}. */
  defaultShowAll?: boolean;
}

/** The latest facts with their dates and sources, expandable to the full list without leaving the page. */
export function FactList({ facts, idPrefix, defaultShowAll = false }: FactListProps) {
  const [showAll, setShowAll] = useState(defaultShowAll);
  if (facts.length === 0) return null;
  const headingId = `${idPrefix}-facts-title`;
  const listId = `${idPrefix}-facts`;
  const collapsible = facts.length > FACTS_SHOWN;
  const shown = showAll ? facts : facts.slice(0, FACTS_SHOWN);
  return (
    <section class="fl-section" aria-labelledby={headingId}>
      <h3 class="fl-section-title" id={headingId}>
        {collapsible && !showAll ? t('facts_latest') : t('facts_title')}
      </h3>
      <ul class="fl-list" id={listId}>
        {shown.map((fact) => (
          <li class="fl-item fl-fact" key={fact.id}>
            <span class="fl-meta">
              <FactDate date={fact.date} />
              <SourceLink source={fact.source} />
            </span>
            <p class="fl-fact-text">{fact.text}</p>
          </li>
        ))}
      </ul>
      {collapsible ? (
        <button
          type="button"
          class="fl-button fl-toggle"
          aria-expanded={showAll}
          aria-controls={listId}
          onClick={() => setShowAll(!showAll)}
        >
          {showAll ? tn('facts_show_latest', FACTS_SHOWN) : tn('facts_show_all', facts.length)}
        </button>
      ) : null}
    </section>
  );
}
