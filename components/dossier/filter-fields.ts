import { isFactDate } from '@/components/popover/format-date';
import type { EntryRef } from '@/utils/dossier/dossier-source';
import { dateSpan } from '@/utils/dossier/partial-date';
import type { TimelineFilter } from '@/utils/dossier/timeline-filter';
import { DOSSIER_WORDS as W } from './dossier-wording';

/** The filter form's fields as typed: the entry by name, the dates as text. */
export type Fields = Omit<TimelineFilter, 'entryId' | 'from' | 'to'> & {
  entry: string;
  from: string;
  to: string;
};

/** The fields that show a filter. */
export function fieldsOf(filter: TimelineFilter, entries: readonly EntryRef[]): Fields {
  const entry = entries.find((candidate) => candidate.id === filter.entryId)?.name ?? '';
  return { ...filter, entry, from: filter.from ?? '', to: filter.to ?? '' };
}

/** The filter the fields describe, or, as a sentence for the reader, why they describe none. */
export function filterOf(fields: Fields, entries: readonly EntryRef[]): TimelineFilter | string {
  const name = fields.entry.trim().toLocaleLowerCase();
  const entry = name === '' ? null : entries.find((candidate) => candidate.name.toLocaleLowerCase() === name);
  if (entry === undefined) return W.unknownEntry(fields.entry.trim());
  const from = fields.from.trim() || null;
  const to = fields.to.trim() || null;
  if (from !== null && !isFactDate(from)) return W.badDate(W.from, from);
  if (to !== null && !isFactDate(to)) return W.badDate(W.to, to);
  if (from !== null && to !== null && dateSpan(from).first > dateSpan(to).last) return W.reversedRange;
  const { family, kind, type, pack, order } = fields;
  return { entryId: entry?.id ?? null, family, kind, type, pack, from, to, order };
}
