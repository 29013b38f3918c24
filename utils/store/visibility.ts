import type { Collection } from '@/utils/import-plan';
import type { Origin, OriginLabel } from '@/utils/installed-pack';
import type { AnyTx } from './layout';

/** What pages may not see, and how to name a record's packs: read once per request from the `packs` store. */
export interface PackView {
  /** Ids of the records whose every pack is disabled: hidden from matching and popovers, kept in the store. */
  hidden: Record<Collection, Set<string>>;
  /** Each installed pack's title, by id. */
  titles: Map<string, string>;
}

/**
 * Reads which records are hidden. A record is hidden when it came from packs and every one of them is installed and
 * disabled: the reader's own records, and records another enabled pack shares, stay. The origins are read only while
 * some pack is disabled, so the usual case costs one small read.
 */
export async function readPackView(tx: AnyTx): Promise<PackView> {
  const packs = await tx.objectStore('packs').getAll();
  const hidden: PackView['hidden'] = { entries: new Set(), facts: new Set(), stances: new Set() };
  const titles = new Map(packs.map((pack) => [pack.id, pack.title]));
  const disabled = new Set(packs.filter((pack) => !pack.enabled).map((pack) => pack.id));
  if (disabled.size === 0) return { hidden, titles };
  const store = tx.objectStore('origins');
  const [keys, origins] = await Promise.all([store.getAllKeys(), store.getAll()]);
  keys.forEach((key, i) => {
    const packIds = origins[i]?.packs ?? [];
    if (packIds.length === 0 || !packIds.every((id) => disabled.has(id))) return;
    const [collection, id] = key.split('/') as [Collection, string];
    hidden[collection]?.add(id);
  });
  return { hidden, titles };
}

/** An origin as readers see it: pack titles instead of ids (an id no longer installed is shown as it is). */
export function labelOf(origin: Origin, titles: Map<string, string>): OriginLabel {
  return { packs: origin.packs.map((id) => titles.get(id) ?? id), edited: origin.edited };
}
