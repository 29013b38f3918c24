import type { InstalledPack } from '@/utils/installed-pack';
import { listPacks, slugOf } from './installed-packs';
import type { Kb } from './kb';

/** What a check or the reader changes of a subscribed pack's row; the rest of the row stays as it is. */
export type SubscriptionPatch = Partial<
  Pick<InstalledPack, 'etag' | 'lastModified' | 'checkedAt' | 'lastError' | 'autoUpdate' | 'pending'>
>;

/** Every subscribed pack (one with an address), first installed first: what the daily check goes through. */
export async function subscribedPacks(kb: Kb): Promise<InstalledPack[]> {
  return (await listPacks(kb)).filter((pack) => pack.url !== undefined);
}

/** The installed pack subscribed to `url`, if any: one address feeds one pack. */
export async function packAt(kb: Kb, url: string): Promise<InstalledPack | null> {
  return (await subscribedPacks(kb)).find((pack) => pack.url === url) ?? null;
}

/** The subscribed pack `id`, read now; throws for one not installed or not subscribed, so nothing is fetched. */
export async function subscribedPack(kb: Kb, id: string): Promise<InstalledPack & { url: string }> {
  const pack = await kb.read((tx) => tx.objectStore('packs').get(id));
  if (!pack) throw new Error(`No installed pack "${id}"`);
  if (pack.url === undefined) throw new Error(`"${pack.title}" is not subscribed to an address`);
  return pack as InstalledPack & { url: string };
}

/**
 * Changes a subscribed pack's bookkeeping (when checked, the last error, a pending update, automatic updates) in one
 * write, and returns the row. Throws, changing nothing, for a pack not installed or not subscribed.
 */
export function patchSubscription(kb: Kb, id: string, patch: SubscriptionPatch): Promise<InstalledPack> {
  return kb.write(async (tx) => {
    const store = tx.objectStore('packs');
    const pack = await store.get(id);
    if (!pack) throw new Error(`No installed pack "${id}"`);
    if (pack.url === undefined) throw new Error(`"${pack.title}" is not subscribed to an address`);
    const next = { ...pack, ...patch };
    await store.put(next);
    return next;
  });
}

/**
 * The id a new subscription is installed under: a slug of the pack's title no installed pack has, so subscribing never
 * takes over a bundled pack or an imported file that shares records with it (shared records get both origins).
 */
export async function freePackId(kb: Kb, title: string): Promise<string> {
  const taken = new Set((await listPacks(kb)).map((pack) => pack.id));
  const base = slugOf(title);
  let id = base;
  for (let n = 2; taken.has(id); n += 1) id = `${base}-${n}`;
  return id;
}
