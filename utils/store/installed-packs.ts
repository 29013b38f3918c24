import type { BundledPack } from '@/utils/bundled-packs';
import type { InstalledPack } from '@/utils/installed-pack';
import { foldKey } from '@/utils/normalize';
import type { Pack } from '@/utils/pack';
import type { Kb } from './kb';
import type { AnyTx, WriteTx } from './layout';

/** A slug of a pack's title, for a file or a subscribed pack, which name no id of their own. */
export function slugOf(title: string): string {
  const slug = foldKey(title)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug || 'imported-pack';
}

/**
 * The id an imported pack is kept under: a bundled pack's own, else that of the installed pack with the same title
 * (importing a newer file of it updates it), else a free slug of the title.
 */
async function idFor(tx: AnyTx, pack: Pack, bundled: BundledPack | null): Promise<string> {
  if (bundled) return bundled.id;
  const installed = await tx.objectStore('packs').getAll();
  const same = installed.find((other) => other.title === pack.title);
  if (same) return same.id;
  const taken = new Set(installed.map((other) => other.id));
  const base = slugOf(pack.title);
  let id = base;
  for (let n = 2; taken.has(id); n += 1) id = `${base}-${n}`;
  return id;
}

/**
 * Records, inside an import's transaction, that `pack` is installed (enabled, updated now, first installed when it
 * first was); a file of unknown origin has no publisher. Returns the pack's id.
 */
export async function recordInstall(
  tx: WriteTx,
  pack: Pack,
  bundled: BundledPack | null,
  now: number,
): Promise<string> {
  const id = await idFor(tx, pack, bundled);
  const store = tx.objectStore('packs');
  const before = await store.get(id);
  await store.put({
    id,
    title: pack.title,
    version: pack.exportedAt.slice(0, 10),
    publisher: bundled?.publisher ?? null,
    counts: { entries: pack.entries.length, facts: pack.facts.length, stances: pack.stances.length },
    installedAt: before?.installedAt ?? now,
    updatedAt: now,
    enabled: true,
  });
  return id;
}

/** Every installed pack, first installed first. */
export async function listPacks(kb: Kb): Promise<InstalledPack[]> {
  const packs = await kb.read((tx) => tx.objectStore('packs').getAll());
  return packs.sort((a, b) => a.installedAt - b.installedAt || a.id.localeCompare(b.id));
}

/**
 * Turns a pack on or off: a disabled pack's records are hidden from pages, not deleted, and come back when it is
 * enabled again. Throws, changing nothing, for a pack that is not installed.
 */
export function setPackEnabled(kb: Kb, id: string, enabled: boolean): Promise<InstalledPack> {
  return kb.write(async (tx) => {
    const store = tx.objectStore('packs');
    const pack = await store.get(id);
    if (!pack) throw new Error(`No installed pack "${id}"`);
    const next = { ...pack, enabled };
    await store.put(next);
    return next;
  });
}
