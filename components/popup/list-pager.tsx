import { t } from '@/utils/i18n/t';
import { clampPage, pageCount, ROWS_PER_PAGE } from './row-pages';

/** Props of {@link ListPager}. */
export interface ListPagerProps {
  /** What the rows are, in the plural ("Aliases"). */
  noun: string;
  count: number;
  page: number;
  onPage(page: number): void;
}

/** Previous / Next and where the shown rows sit in the list; nothing when every row fits on one page. */
export function ListPager({ noun, count, page, onPage }: ListPagerProps) {
  if (count <= ROWS_PER_PAGE) return null;
  const shown = clampPage(page, count);
  const first = shown * ROWS_PER_PAGE + 1;
  const last = Math.min(count, first + ROWS_PER_PAGE - 1);
  return (
    <nav class="fl-actions" aria-label={t('pager_nav', noun)}>
      <button type="button" class="fl-button" disabled={shown === 0} onClick={() => onPage(shown - 1)}>
        {t('pager_previous')}
      </button>
      <span aria-live="polite">{t('pager_range', noun, first, last, count)}</span>
      <button
        type="button"
        class="fl-button"
        disabled={shown === pageCount(count) - 1}
        onClick={() => onPage(shown + 1)}
      >
        {t('pager_next')}
      </button>
    </nav>
  );
}
