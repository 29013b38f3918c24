import { type BundledPack, STARTER_PACK } from '@/utils/bundled-packs';
import type { Entry } from '@/utils/model';
import { type ImportMode, type ImportSummary, PACK_FORMAT, PACK_VERSION, type Pack } from '@/utils/pack';
import { NotFoundError } from './errors';
import { recordInstall } from './installed-packs';
import type { Kb } from './kb';
import { writePack } from './pack-write';
import { readAll } from './read-all';

/** The selected ids plus, transitively, the entries they are affiliated to, so the pack has no dangling affiliation. */
function withAffiliations(all: Map<string, Entry>, ids: string[]): Set<string> {
  const chosen = new Set<string>();
  const queue = [...ids];
  for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
    if (chosen.has(id)) continue;
    const entry = all.get(id);
    if (!entry) throw new NotFoundError('Entry', id);
    chosen.add(id);
    if (entry.affiliation !== null) queue.push(entry.affiliation);
  }
  return chosen;
}

/**
 * A pack of the whole knowledge base (`ids` null) or of a selection, read in one transaction. A selection takes the
 * chosen entries and the entries they are affiliated to; every fact touching one of them, its `entryIds` narrowed to
 * the exported entries (so a shared fact travels, but a merge back into a fuller base drops its other entries); and
 * the stances whose actor and proposal are both exported. Throws `NotFoundError` for an unknown id.
 */
export function exportPack(kb: Kb, ids: string[] | null, now: Date): Promise<Pack> {
  return kb.read(async (tx) => {
    const { entries, facts, stances } = await readAll(tx);
    const head = { format: PACK_FORMAT, version: PACK_VERSION, exportedAt: now.toISOString() } as const;
    if (ids === null) return { ...head, title: 'Fact Linker knowledge base', entries, facts, stances };
    const chosen = withAffiliations(new Map(entries.map((entry) => [entry.id, entry])), ids);
    return {
      ...head,
      title: `Fact Linker selection (${chosen.size} entries)`,
      entries: entries.filter((entry) => chosen.has(entry.id)),
      facts: facts
        .filter((fact) => fact.entryIds.some((id) => chosen.has(id)))
        .map((fact) => ({ ...fact, entryIds: fact.entryIds.filter((id) => chosen.has(id)) })),
      stances: stances.filter((stance) => chosen.has(stance.actorId) && chosen.has(stance.proposalId)),
    };
  });
}

/**
 * Writes an already validated pack in one transaction, all of it or on any failure nothing at all, and records it as
 * an installed pack (`bundled` names one the extension ships) that its records come from.
 */
export function importPack(
  kb: Kb,
  pack: Pack,
  mode: ImportMode,
  bundled: BundledPack | null = null,
): Promise<ImportSummary> {
  return kb.write(async (tx) =>
    writePack(tx, pack, mode, await recordInstall(tx, pack, bundled, Date.now())),
  );
}

/**
 * Puts the starter pack's records back by id, so running it twice adds nothing: user records stay, starter records the
 * user deleted or changed return as shipped. Also marks the starter as installed, and enabled.
 */
export function restoreStarter(kb: Kb, pack: Pack): Promise<ImportSummary> {
  return kb.write(async (tx) => {
    const packId = await recordInstall(tx, pack, STARTER_PACK, Date.now());
    const summary = await writePack(tx, pack, 'merge', packId);
    await tx.objectStore('meta').put(true, 'starterInstalled');
    return summary;
  });
}
