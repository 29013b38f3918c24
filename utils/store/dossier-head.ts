import type { IDBPIndex } from 'idb';
import type { DossierSource } from '@/utils/dossier/dossier-source';
import { pairKey } from '@/utils/dossier/stance-history';
import type { Entry, Fact, Stance } from '@/utils/model';
import type { AnyTx, KbSchema, StoreName } from './layout';
import { originKey } from './origins';

/** The records the timeline's first items are built from, and how many items the whole timeline holds. */
export interface DossierHead {
  total: number;
  source: DossierSource;
}

type TimelineIndex<S extends 'facts' | 'stances'> = IDBPIndex<
  KbSchema,
  StoreName[],
  S,
  'timeline',
  'readonly' | 'readwrite'
>;

/**
 * The first `count` records of `index` that `usable` keeps, in the timeline's order: the index walks its keys
 * ([date, updatedAt]) latest first, and each key's records come in id order, the timeline's last tie-break.
 */
async function latestRecords<S extends 'facts' | 'stances'>(
  index: TimelineIndex<S>,
  count: number,
  usable: (group: KbSchema[S]['value'][]) => Promise<KbSchema[S]['value'][]>,
): Promise<KbSchema[S]['value'][]> {
  const found: KbSchema[S]['value'][] = [];
  let cursor = await index.openKeyCursor(null, 'prevunique');
  while (cursor && found.length < count) {
    const need = count - found.length;
    const range = IDBKeyRange.only(cursor.key);
    const group = await index.getAll(range, need);
    let kept = await usable(group);
    if (kept.length < group.length && group.length === need) kept = await usable(await index.getAll(range));
    found.push(...kept.slice(0, need));
    cursor = await cursor.continue();
  }
  return found;
}

/**
 * Reads only what the first `count` items of the unfiltered timeline need, in one transaction: the latest facts and
 * dated stances by the `timeline` index, every stance of the same actor–proposal pairs (so each knows the position
 * it followed), the entries they name and their origins. The total counts every fact and dated stance: a stance's
 * actor and proposal exist, as every write checks. Building the timeline from this source gives the same first
 * `count` items as building it from every record.
 */
export async function readDossierHead(tx: AnyTx, count: number): Promise<DossierHead> {
  const entries = new Map<string, Entry | undefined>();
  const resolve = async (ids: Iterable<string>) => {
    const missing = [...new Set(ids)].filter((id) => !entries.has(id));
    const found = await Promise.all(missing.map((id) => tx.objectStore('entries').get(id)));
    missing.forEach((id, at) => {
      entries.set(id, found[at]);
    });
  };
  const withEnds = async (group: Stance[]) => {
    await resolve(group.flatMap((stance) => [stance.actorId, stance.proposalId]));
    return group.filter((stance) => entries.get(stance.actorId) && entries.get(stance.proposalId));
  };
  const [facts, latest] = await Promise.all([
    latestRecords(tx.objectStore('facts').index('timeline'), count, async (group: Fact[]) => group),
    latestRecords(tx.objectStore('stances').index('timeline'), count, withEnds),
  ]);
  const pairs = new Map(latest.map((stance) => [pairKey(stance.actorId, stance.proposalId), stance]));
  const [mates, factCount, datedStances] = await Promise.all([
    Promise.all(
      [...pairs.values()].map(async ({ actorId, proposalId }) =>
        (await tx.objectStore('stances').index('actorId').getAll(actorId)).filter(
          (stance) => stance.proposalId === proposalId,
        ),
      ),
    ),
    tx.objectStore('facts').count(),
    tx.objectStore('stances').index('timeline').count(),
    resolve(facts.flatMap((fact) => fact.entryIds)),
  ]);
  const stances = mates.flat();
  const keys = [
    ...facts.map((fact) => originKey('facts', fact.id)),
    ...stances.map((stance) => originKey('stances', stance.id)),
  ];
  const origins = await Promise.all(keys.map((key) => tx.objectStore('origins').get(key)));
  const packsOf = new Map<string, string[]>();
  keys.forEach((key, at) => {
    const packs = origins[at]?.packs ?? [];
    if (packs.length > 0) packsOf.set(key, packs);
  });
  const known = [...entries.values()].filter((entry): entry is Entry => entry !== undefined);
  return { total: factCount + datedStances, source: { entries: known, facts, stances, packsOf } };
}
