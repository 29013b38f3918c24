import type { Collection, ImportPlan } from '@/utils/import-plan';
import { MINE, type Origin } from '@/utils/installed-pack';
import type { AnyTx, WriteTx } from './layout';

/** The `origins` key of a record: its collection and id, as ids are slugs and never hold a `/`. */
export function originKey(collection: Collection, id: string): string {
  return `${collection}/${id}`;
}

/** A record's origin: the reader's own when none is stored. */
export async function originOf(tx: AnyTx, collection: Collection, id: string): Promise<Origin> {
  return (await tx.objectStore('origins').get(originKey(collection, id))) ?? MINE;
}

/**
 * Records which records an import of pack `packId` brought, once the plan is written. A created or updated record now
 * holds the pack's copy: it comes from the pack (and from the packs it came from before, which may share it),
 * unedited. An unchanged record already from a pack also counts as this one's; the reader's own stays theirs. An
 * origin outlives its record (so undoing a delete keeps it), and a create overwrites whatever was stored.
 */
export async function recordPackOrigins(tx: WriteTx, plan: ImportPlan, packId: string): Promise<void> {
  const store = tx.objectStore('origins');
  const written = [
    ...plan.creates.map((item) => ({ ...item, fresh: true, changed: true })),
    ...plan.updates.map((item) => ({ ...item, fresh: false, changed: true })),
    ...plan.unchanged.map((item) => ({ ...item, fresh: false, changed: false })),
  ];
  const keys = written.map(({ collection, record }) => originKey(collection, record.id));
  const before = await Promise.all(keys.map((key) => store.get(key)));
  const puts: Promise<unknown>[] = [];
  written.forEach(({ fresh, changed }, i) => {
    const packs = fresh ? [] : (before[i]?.packs ?? []);
    if (!changed && packs.length === 0) return;
    const next = { packs: packs.includes(packId) ? packs : [...packs, packId], edited: false };
    puts.push(store.put(changed ? next : { ...next, edited: before[i]?.edited ?? false }, keys[i]));
  });
  await Promise.all(puts);
}
