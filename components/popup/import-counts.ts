import type { ImportPreviewItem, ImportStatus } from './types';

/** Statuses in the order the preview lists them: what needs attention first. */
export const IMPORT_STATUS_ORDER: readonly ImportStatus[] = [
  'invalid',
  'breaks',
  'conflicting',
  'kept',
  'new',
  'updated',
  'unchanged',
];

/** Human names of import statuses. */
export const IMPORT_STATUS_LABELS: Readonly<Record<ImportStatus, string>> = {
  invalid: 'Invalid',
  breaks: 'Broken by a merge',
  conflicting: 'Conflicting',
  new: 'New',
  updated: 'Updated',
  unchanged: 'Unchanged',
  kept: 'Kept (edited here)',
  removed: 'Removed',
};

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** "2 new, 1 updated": how many of `items` have each status, attention first. */
function byStatus(items: readonly ImportPreviewItem[]): string {
  return IMPORT_STATUS_ORDER.flatMap((status) => {
    const count = items.filter((item) => item.status === status).length;
    return count > 0 ? [`${count} ${IMPORT_STATUS_LABELS[status].toLowerCase()}`] : [];
  }).join(', ');
}

/** The preview's headline, in entries, what a reader thinks in: "3 entries: 2 new, 1 updated". */
export function entryLine(items: readonly ImportPreviewItem[]): string {
  const entries = items.filter((item) => item.type === 'entry');
  return entries.length === 0
    ? 'no entries'
    : `${plural(entries.length, 'entry', 'entries')}: ${byStatus(entries)}`;
}

/** The facts and stances that come with the entries, as a secondary line, or null when there are none. */
export function recordLine(items: readonly ImportPreviewItem[]): string | null {
  const others = items.filter((item) => item.type !== 'entry');
  if (others.length === 0) return null;
  const facts = others.filter((item) => item.type === 'fact').length;
  const stances = others.length - facts;
  const what = [
    ...(facts > 0 ? [plural(facts, 'fact', 'facts')] : []),
    ...(stances > 0 ? [plural(stances, 'stance', 'stances')] : []),
  ].join(' and ');
  return `With ${what}: ${byStatus(others)}`;
}

/** A status group's size by kind of record, e.g. "1 entry, 2 facts". */
export function groupCount(items: readonly ImportPreviewItem[]): string {
  const count = (type: ImportPreviewItem['type']) => items.filter((item) => item.type === type).length;
  const parts: [number, string, string][] = [
    [count('entry'), 'entry', 'entries'],
    [count('fact'), 'fact', 'facts'],
    [count('stance'), 'stance', 'stances'],
  ];
  return parts.flatMap(([n, one, many]) => (n > 0 ? [plural(n, one, many)] : [])).join(', ');
}
