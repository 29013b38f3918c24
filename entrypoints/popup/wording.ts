import { t, tn } from '@/utils/i18n/t';
import type { ImportSummary } from '@/utils/pack';
import type { ImportProgress } from '@/utils/staged-import';

/** A failure as one readable line: the background's reasons are joined, so a list of problems stays legible. */
export function errorText(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const lines = message
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  return lines.join(' · ') || t('error_generic');
}

/** What an import or a starter restore wrote, in words. */
export function summaryText(summary: ImportSummary): string {
  const parts = [
    tn('summary_added', summary.added),
    tn('summary_updated', summary.updated),
    tn('summary_unchanged', summary.unchanged),
    ...(summary.removed > 0 ? [tn('summary_removed', summary.removed)] : []),
  ];
  return `${parts.join(', ')}.`;
}

/** A name quoted the way every popup message quotes it, and the way its language does (“…”, « … », «…»). */
export function quoted(name: string): string {
  return t('quote', name);
}

/** A running import's progress line: records checked so far, then the one write that makes them visible. */
export function progressText({ received, total, writing }: ImportProgress): string {
  return writing ? tn('progress_writing', total) : t('progress_checking', received, total);
}
