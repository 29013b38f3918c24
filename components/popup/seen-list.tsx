import { describeTimestamp } from '@/components/popover/format-date';
import { t, tn, uiLocale } from '@/utils/i18n/t';
import { httpUrl } from '@/utils/safe-url';
import type { SeenPage } from '@/utils/seen';
import { ListPager } from './list-pager';

/** One page of the log as the shell loaded it, or where the loading stands. */
export type SeenListState = { total: number; pages: SeenPage[] } | 'loading' | 'failed';

/** Props of {@link SeenList}. */
export interface SeenListProps {
  state: SeenListState;
  /** The page of rows shown, from 0; the shell loads it when `onPage` asks. */
  page: number;
  onPage(page: number): void;
}

function day(ms: number): string {
  return describeTimestamp(ms, uiLocale())?.label ?? '';
}

/**
 * Every page where the edited entry was highlighted, latest first and paged: each a link under its title (its
 * address when it had none), rendered as text, with its visits and first and last seen days.
 */
export function SeenList({ state, page, onPage }: SeenListProps) {
  const body = () => {
    if (state === 'loading') return <p class="fl-empty">{t('seen_loading')}</p>;
    if (state === 'failed') return <p class="fl-empty">{t('seen_failed')}</p>;
    if (state.total === 0) return <p class="fl-empty">{t('seen_empty')}</p>;
    return (
      <>
        <ul class="fl-seen-list">
          {state.pages.map((seen) => {
            const url = httpUrl(seen.page);
            const label = seen.title.trim() || seen.page;
            return (
              <li key={seen.page}>
                {url ? (
                  <a href={url} target="_blank" rel="noopener noreferrer">
                    {label}
                    <span class="fl-visually-hidden"> {t('opens_new_tab')}</span>
                  </a>
                ) : (
                  label
                )}
                <p class="fl-hint">
                  {tn('seen_visits', seen.count)} · {t('seen_dates', day(seen.firstSeen), day(seen.lastSeen))}
                </p>
              </li>
            );
          })}
        </ul>
        <ListPager noun={t('seen_noun')} count={state.total} page={page} onPage={onPage} />
      </>
    );
  };
  return (
    <section class="fl-seen">
      <h3 class="fl-subheading">{t('seen_heading')}</h3>
      {body()}
    </section>
  );
}
