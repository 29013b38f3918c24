import type { DossierSource, StanceSource } from '@/utils/dossier/dossier-source';
import type { Entry } from '@/utils/model';
import type { AnyTx } from './layout';

/** Parts of the dossier's source handed on as soon as they are read, before the facts. */
export interface EarlyParts {
  /** Every entry: what the entries' names are served from. */
  entries?: (entries: Entry[]) => void;
  /** Every entry and stance and the stances' packs: what the stance matrix is built from. */
  stances?: (part: StanceSource) => void;
}

const ignore = () => undefined;

/** The packs of the records whose `origins` key starts with `prefix` (`facts/` or `stances/`), by key. */
async function packsUnder(tx: AnyTx, prefix: string): Promise<Map<string, readonly string[]>> {
  const origins = tx.objectStore('origins');
  const range = IDBKeyRange.bound(prefix, `${prefix}\uffff`);
  const [keys, values] = await Promise.all([origins.getAllKeys(range), origins.getAll(range)]);
  const packsOf = new Map<string, readonly string[]>();
  keys.forEach((key, at) => {
    const packs = values[at]?.packs ?? [];
    if (packs.length > 0) packsOf.set(key, packs);
  });
  return packsOf;
}

/**
 * Reads every entry and stance and the stances' packs: what the stance matrix is built from, without the facts.
 * The entries are handed to `early` as soon as they come.
 */
export function readStanceSource(
  tx: AnyTx,
  early: (entries: Entry[]) => void = ignore,
): Promise<StanceSource> {
  const entries = tx.objectStore('entries').getAll();
  const stances = tx.objectStore('stances').getAll();
  const stancePacks = packsUnder(tx, 'stances/');
  entries.then(early, ignore);
  return Promise.all([entries, stances, stancePacks]).then(([entries, stances, packsOf]) => ({
    entries,
    stances,
    packsOf,
  }));
}

/**
 * Reads every entry, fact and stance and the packs each fact and stance came from in one transaction: what the
 * dossier's timeline and matrix are built from. Records of disabled packs are included (the dossier is the reader's
 * desk, like the Entries list); the pack filter narrows them. A transaction answers its requests in the order they
 * are made, so the entries, then the stances and their packs, are asked for before the facts and handed to `early` as
 * soon as they come: the entries' names and the stance matrix need not wait for the facts, the bulk of the records.
 */
export async function readDossierSource(tx: AnyTx, early: EarlyParts = {}): Promise<DossierSource> {
  const stanceSource = readStanceSource(tx, early.entries);
  const facts = tx.objectStore('facts').getAll();
  const factPacks = packsUnder(tx, 'facts/');
  stanceSource.then(early.stances ?? ignore, ignore);
  const [part, read, packsOf] = await Promise.all([stanceSource, facts, factPacks]);
  for (const [key, packs] of part.packsOf) packsOf.set(key, packs);
  return { entries: part.entries, facts: read, stances: part.stances, packsOf };
}
