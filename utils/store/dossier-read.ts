import type { DossierSource } from '@/utils/dossier/dossier-source';
import type { Entry } from '@/utils/model';
import type { AnyTx } from './layout';

/** The `origins` key prefixes of the records the dossier labels with their packs: facts' and stances', not entries'. */
const LABELLED = ['facts/', 'stances/'];

/**
 * Reads every entry, fact and stance and the packs each fact and stance came from in one transaction: what the
 * dossier's timeline and matrix are built from. Records of disabled packs are included (the dossier is the reader's
 * desk, like the Entries list); the pack filter narrows them. The entries are asked for first and handed to
 * `onEntries` as soon as they come, so the entries' names need not wait for the rest.
 */
export async function readDossierSource(
  tx: AnyTx,
  onEntries: (entries: Entry[]) => void = () => undefined,
): Promise<DossierSource> {
  const origins = tx.objectStore('origins');
  const entries = tx.objectStore('entries').getAll();
  entries.then(onEntries, () => undefined);
  const [facts, stances, labels] = await Promise.all([
    tx.objectStore('facts').getAll(),
    tx.objectStore('stances').getAll(),
    Promise.all(
      LABELLED.map((prefix) => {
        const range = IDBKeyRange.bound(prefix, `${prefix}\uffff`);
        return Promise.all([origins.getAllKeys(range), origins.getAll(range)]);
      }),
    ),
  ]);
  const packsOf = new Map<string, string[]>();
  for (const [keys, values] of labels) {
    keys.forEach((key, at) => {
      const packs = values[at]?.packs ?? [];
      if (packs.length > 0) packsOf.set(key, packs);
    });
  }
  return { entries: await entries, facts, stances, packsOf };
}
