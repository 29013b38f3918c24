import { useId } from 'preact/hooks';
import { familyOf } from '@/utils/model';
import { KIND_LABELS } from './labels';
import type { EntryOnPage } from './types';

/** Props of {@link OnThisPage}. */
export interface OnThisPageProps {
  /** The current tab's entries in reading order (first mention first), as the background reports them. */
  mentions: EntryOnPage[];
  onChoose(entryId: string): void;
}

/** Lists what the current tab mentions, so the reader can jump from the page to an entry's details. */
export function OnThisPage({ mentions, onChoose }: OnThisPageProps) {
  const headingId = useId();
  if (mentions.length === 0) {
    return <p class="fl-empty">No known actors or proposals on this page</p>;
  }
  return (
    <section class="fl-view" aria-labelledby={headingId}>
      <h2 id={headingId} class="fl-heading">
        {mentions.length === 1 ? '1 entry on this page' : `${mentions.length} entries on this page`}
      </h2>
      <ul class="fl-mentions">
        {mentions.map(({ entry, count }) => (
          <li key={entry.id}>
            <button
              type="button"
              class={`fl-mention fl-family-${familyOf(entry.kind)}`}
              onClick={() => onChoose(entry.id)}
            >
              <span class="fl-mention-name">{entry.name}</span>
              <span class="fl-muted">{KIND_LABELS[entry.kind]}</span>
              <span class="fl-count">{count === 1 ? '1 mention' : `${count} mentions`}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
