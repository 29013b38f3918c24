import type { DossierSource } from '@/utils/dossier/dossier-source';
import type { AnyTx } from './layout';

/** The dossier's records as of one knowledge-base version, so a built dossier can be kept until the next write. */
export interface DossierSnapshot {
  version: number;
  source: DossierSource;
}

/**
 * Reads every entry, fact and stance and the packs each fact and stance came from, with the write counter, in one
 * transaction: what the dossier's timeline and matrix are built from. Records of disabled packs are included (the
 * dossier is the reader's desk, like the Entries list); the pack filter narrows them.
 */
export async function readDossierSource(tx: AnyTx): Promise<DossierSnapshot> {
  const origins = tx.objectStore('origins');
  const [entries, facts, stances, keys, values, version] = await Promise.all([
    tx.objectStore('entries').getAll(),
    tx.objectStore('facts').getAll(),
    tx.objectStore('stances').getAll(),
    origins.getAllKeys(),
    origins.getAll(),
    tx.objectStore('meta').get('version'),
  ]);
  const packsOf = new Map<string, string[]>();
  keys.forEach((key, at) => {
    const packs = values[at]?.packs ?? [];
    if (packs.length > 0 && !key.startsWith('entries/')) packsOf.set(key, packs);
  });
  return { version: Number(version ?? 0), source: { entries, facts, stances, packsOf } };
}
