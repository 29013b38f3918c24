import { clampPage, pageCount, ROWS_PER_PAGE } from './row-pages';

/** Props of {@link ListPager}. */
export interface ListPagerProps {
  /** What the rows are, in the plural ("Aliases"). */
  noun: string;
  count: number;
  page: number;
  onPage(page: number): void;
}

const number = new Intl.NumberFormat('en');

/** Previous / Next and where the shown rows sit in the list; nothing when every row fits on one page. */
export function ListPager({ noun, count, page, onPage }: ListPagerProps) {
  if (count <= ROWS_PER_PAGE) return null;
  const shown = clampPage(page, count);
  const first = shown * ROWS_PER_PAGE + 1;
  const last = Math.min(count, first + ROWS_PER_PAGE - 1);
  return (
    <nav class="fl-actions" aria-label={`${noun} pages`}>
      <button type="button" class="fl-button" disabled={shown === 0} onClick={() => onPage(shown - 1)}>
        Previous
      </button>
      <span aria-live="polite">
        {`${noun} ${number.format(first)}–${number.format(last)} of ${number.format(count)}`}
      </span>
      <button
        type="button"
        class="fl-button"
        disabled={shown === pageCount(count) - 1}
        onClick={() => onPage(shown + 1)}
      >
        Next
      </button>
    </nav>
  );
}
