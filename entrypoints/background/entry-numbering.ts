import { entryIdLookup } from '@/utils/matcher/entry-ids';
import type { EntryNumbering } from '@/utils/store/kept-matcher';

/** Numbers of entries gone allowed beyond as many as there are entries, before numbering starts again. */
const SLACK = 1_024;

/** A fresh epoch: numbers of any other are refused. */
export function newEpoch(): string {
  return crypto.randomUUID();
}

/** The ids of a numbering, in number order. */
export function numberedIds(ids: Uint8Array): string[] {
  return ids.length === 0 ? [] : new TextDecoder().decode(ids).split(' ');
}

/**
 * What a build numbers entries from (utils/matcher/matcher-data.ts, `flattenSteps`): the last build's numbering, so
 * every number a page holds keeps naming the same entry, or a fresh epoch with no numbers when there is none or most
 * of its numbers name entries that are gone (they are never given to another entry, so they would pile up).
 */
export function numberingBase(
  last: EntryNumbering | null,
  entries: number,
): { epoch: string; ids: string[] } {
  const ids = last ? numberedIds(last.ids) : [];
  if (last === null || ids.length > 2 * entries + SLACK) return { epoch: newEpoch(), ids: [] };
  return { epoch: last.epoch, ids };
}

/** Reads a page's entry numbers, found in `epoch`, as ids (`entryNamer`). */
export type EntryNamer = (epoch: string, numbers: readonly number[]) => string[];

/**
 * Reads the entry numbers a page sends as ids, against the latest numbering: within an epoch a number keeps its
 * entry, and a later numbering only adds. Refuses numbers of another epoch (the page unpacked a matcher this
 * background cannot read the numbers of) and numbers past the last, which no page could have been given.
 */
export function entryNamer(numbering: EntryNumbering): EntryNamer {
  const idOf = entryIdLookup(numbering.ids);
  return (epoch, numbers) => {
    if (epoch !== numbering.epoch)
      throw new Error('Entry numbers of a matcher this background did not number');
    return numbers.map((number) => {
      const id = idOf(number);
      if (id === undefined) throw new Error(`No entry is numbered ${number}`);
      return id;
    });
  };
}
