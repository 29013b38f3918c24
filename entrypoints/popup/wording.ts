import type { ImportSummary } from '@/utils/pack';
import type { ImportProgress } from '@/utils/staged-import';

/** A failure as one readable line: the background's reasons are joined, so a list of problems stays legible. */
export function errorText(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const lines = message
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  return lines.join(' · ') || 'Something went wrong';
}

/** What an import or a starter restore wrote, in words. */
export function summaryText(summary: ImportSummary): string {
  const parts = [
    `${summary.added} added`,
    `${summary.updated} updated`,
    `${summary.unchanged} unchanged`,
    ...(summary.removed > 0 ? [`${summary.removed} removed`] : []),
  ];
  return `${parts.join(', ')}.`;
}

/** A name quoted the way every popup message quotes it. */
export function quoted(name: string): string {
  return `“${name}”`;
}

/** A running import's progress line: records checked so far, then the one write that makes them visible. */
export function progressText({ received, total, writing }: ImportProgress): string {
  const count = (n: number) => n.toLocaleString('en');
  return writing
    ? `Writing ${count(total)} records…`
    : `Checking records: ${count(received)} of ${count(total)}…`;
}
