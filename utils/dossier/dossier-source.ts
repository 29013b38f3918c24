import type { Entry, Fact, Kind, Stance } from '@/utils/model';

/**
 * What the dossier is built from, read by the background in one transaction: every record, and the packs each fact
 * and stance came from (by `originKey`, pack ids; absent: the reader's own).
 */
export interface DossierSource {
  entries: readonly Entry[];
  facts: readonly Fact[];
  stances: readonly Stance[];
  /** Pack ids per record, keyed `facts/<id>` or `stances/<id>`; a record with no key is the reader's own. */
  packsOf: ReadonlyMap<string, readonly string[]>;
}

/**
 * The part of the dossier's source the stance matrix is built from: every entry and stance, and the stances' packs
 * (`packsOf` may lack the facts'), so the matrix need not wait for the facts.
 */
export type StanceSource = Omit<DossierSource, 'facts'>;

/** An entry as the dossier names it beside a fact or a stance: enough to filter by it, show it and open its page. */
export interface EntryRef {
  id: string;
  name: string;
  kind: Kind;
}

/** The pack filter's value for "the reader's own records": a `*` never appears in a pack id, which is a slug. */
export const OWN_RECORDS = '*own';

/** Each entry's reference by id, so facts and stances resolve their entries once. */
export function entryRefs(entries: readonly Entry[]): Map<string, EntryRef> {
  return new Map(entries.map(({ id, name, kind }) => [id, { id, name, kind }]));
}
