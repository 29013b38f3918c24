import { FactDate } from '@/components/popover/fact-date';
import type { StanceItem, TimelineItem } from '@/utils/dossier/timeline';
import { positionLabel } from '@/utils/i18n/labels';
import { DOSSIER_WORDS as W } from './dossier-wording';
import { EntryLink } from './entry-link';
import { RecordMeta } from './record-meta';

/** Props of {@link TimelineList}. */
export interface TimelineListProps {
  /** One page of the filtered timeline, in the chosen order. */
  items: readonly TimelineItem[];
  packTitles: ReadonlyMap<string, string>;
  /** Where the page starts in the whole filtered list, so the list numbers its items as the pager counts them. */
  start: number;
}

function StanceLine({ item }: { item: StanceItem }) {
  return (
    <p class="fl-timeline-text">
      <EntryLink entry={item.actor} /> {positionLabel(item.position).toLocaleLowerCase()}{' '}
      <EntryLink entry={item.proposal} />{' '}
      <span class="fl-muted">
        ({item.previous === null ? W.firstKnown : W.was(positionLabel(item.previous).toLocaleLowerCase())})
      </span>
    </p>
  );
}

/**
 * One page of the timeline as an ordered list, every item rendered (a page is at most a few hundred, so printing
 * shows all of it): its date, whether it is a fact or a stance, what it says, the entries it concerns as links to
 * their pages, its source and its packs. Stored text is rendered as text.
 */
export function TimelineList({ items, packTitles, start }: TimelineListProps) {
  if (items.length === 0) return <p class="fl-empty">{W.noItems}</p>;
  return (
    <ol class="fl-timeline" start={start + 1}>
      {items.map((item) => (
        <li class={`fl-timeline-item fl-timeline-${item.type}`} key={`${item.type}/${item.id}`}>
          <span class="fl-timeline-when">
            <FactDate date={item.date} />
            <span class="fl-badge">{item.type === 'fact' ? W.factLabel : W.stanceLabel}</span>
          </span>
          {item.type === 'fact' ? (
            <>
              <p class="fl-timeline-text">{item.text}</p>
              {item.entries.length > 0 && (
                <p class="fl-timeline-about">
                  {W.about}:{' '}
                  {item.entries.map((entry, at) => (
                    <span key={entry.id}>
                      {at > 0 && ', '}
                      <EntryLink entry={entry} />
                    </span>
                  ))}
                </p>
              )}
            </>
          ) : (
            <>
              <StanceLine item={item} />
              {item.note.trim() !== '' && <p class="fl-note">{item.note}</p>}
            </>
          )}
          <RecordMeta source={item.source} packs={item.packs} packTitles={packTitles} />
        </li>
      ))}
    </ol>
  );
}
