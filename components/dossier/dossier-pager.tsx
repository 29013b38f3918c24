import { DOSSIER_WORDS as W } from './dossier-wording';

/** Props of {@link DossierPager}. */
export interface DossierPagerProps {
  /** What the rows are, in the plural ("Items"). */
  noun: string;
  total: number;
  offset: number;
  limit: number;
  onPage(offset: number): void;
}

/** Previous / Next and which rows of how many are shown; nothing when everything fits on one page. */
export function DossierPager({ noun, total, offset, limit, onPage }: DossierPagerProps) {
  if (total <= limit && offset === 0) return null;
  const last = Math.min(total, offset + limit);
  return (
    <nav class="fl-actions fl-pager" aria-label={W.pages(noun)}>
      <button
        type="button"
        class="fl-button"
        disabled={offset === 0}
        onClick={() => onPage(Math.max(0, offset - limit))}
      >
        {W.previous}
      </button>
      <span aria-live="polite">{W.shown(noun, Math.min(offset + 1, total), last, total)}</span>
      <button type="button" class="fl-button" disabled={last >= total} onClick={() => onPage(offset + limit)}>
        {W.next}
      </button>
    </nav>
  );
}
