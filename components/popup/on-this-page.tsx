import { useId } from 'preact/hooks';
import { kindLabel } from '@/utils/i18n/labels';
import { t, tn } from '@/utils/i18n/t';
import { familyOf } from '@/utils/model';
import type { EntryOnPage, TopicOnPage } from './types';

/** Props of {@link OnThisPage}. */
export interface OnThisPageProps {
  /** The current tab's entries in reading order (first mention first), as the background reports them. */
  mentions: EntryOnPage[];
  /** Why the page counts as on topic or not; null before the tab reported. */
  topic: TopicOnPage | null;
  /** Why nothing is highlighted here, when the reader paused Fact Linker or turned it off on this site. */
  halted?: Halted;
  onChoose(entryId: string): void;
  /** Turns highlighting back on where `halted` says it is off. */
  onResume?: () => void;
}

/** Highlighting stopped by the reader: everywhere, or on the current tab's site. */
export type Halted = { why: 'paused' } | { why: 'site'; site: string };

/** Names as a sentence lists them, the first few and how many more. */
function listed(names: readonly string[]): string {
  const shown = names.slice(0, 3).join(', ');
  return names.length > 3 ? tn('names_and_more', names.length - 3, shown) : shown;
}

/**
 * What the topic gate says about the page, so a reader sees why general names are or are not highlighted: null
 * when there is nothing to explain (the gate off, or an off-topic page with no general name on it).
 */
export function topicLine(topic: TopicOnPage | null): string | null {
  if (!topic?.gate) return null;
  if (topic.onTopic) return t('page_on_topic', listed(topic.evidence));
  if (topic.hidden.length === 0) return null;
  return t('page_off_topic', listed(topic.hidden));
}

/** Lists what the current tab mentions, so the reader can jump from the page to an entry's details. */
export function OnThisPage({ mentions, topic, halted, onChoose, onResume }: OnThisPageProps) {
  const headingId = useId();
  const line = topicLine(topic);
  if (halted) {
    const paused = halted.why === 'paused';
    return (
      <section class="fl-view fl-halted" aria-labelledby={headingId}>
        <h2 id={headingId} class="fl-heading">
          {paused ? t('page_paused') : t('page_off_on', halted.site)}
        </h2>
        <p class="fl-hint">{t('page_halted_hint')}</p>
        {onResume && (
          <div class="fl-actions">
            <button type="button" class="fl-button fl-primary" onClick={onResume}>
              {paused ? t('page_resume') : t('page_turn_on', halted.site)}
            </button>
          </div>
        )}
      </section>
    );
  }
  if (mentions.length === 0) {
    return <p class="fl-empty">{line ?? t('page_none')}</p>;
  }
  return (
    <section class="fl-view" aria-labelledby={headingId}>
      <h2 id={headingId} class="fl-heading">
        {tn('page_entries', mentions.length)}
      </h2>
      {line && <p class="fl-hint">{line}</p>}
      <ul class="fl-mentions">
        {mentions.map(({ entry, count }) => (
          <li key={entry.id}>
            <button
              type="button"
              class={`fl-mention fl-family-${familyOf(entry.kind)}`}
              onClick={() => onChoose(entry.id)}
            >
              <span class="fl-mention-name">{entry.name}</span>
              <span class="fl-muted">{kindLabel(entry.kind)}</span>
              <span class="fl-count">{tn('mentions', count)}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
