import { type BundledPack, STARTER_PACK } from '@/utils/bundled-packs';
import type { Entry } from '@/utils/model';
import { type ImportMode, PACK_FORMAT, PACK_VERSION, type Pack } from '@/utils/pack';
import type { BulkSummary } from '@/utils/undo-point';
import { NotFoundError } from './errors';
import { recordInstall } from './installed-packs';
import type { Kb } from './kb';
import { writeBulk } from './pack-write';
import { readAll } from './read-all';
import { splitEdited } from './reinstall';

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

/** What undo calls a write of `pack`: the reader reads it on the undo bar. */
function labelOf(pack: Pack, mode: ImportMode, bundled: BundledPack | null): string {
  if (bundled) return `The install of “${pack.title}”`;
  return mode === 'replace'
    ? `Replacing the knowledge base with “${pack.title}”`
    : `The import of “${pack.title}”`;
}

/**
 * Writes an already validated pack in one transaction, all of it or on any failure nothing at all, and records it as
 * an installed pack (`bundled` names one the extension ships, whose copy is kept as the base its updates merge
 * against) that its records come from. It can be undone once, until the next bulk write (./bulk-undo.ts).
 */
export function importPack(
  kb: Kb,
  pack: Pack,
  mode: ImportMode,
  bundled: BundledPack | null = null,
): Promise<BulkSummary> {
  return kb.write((tx) =>
    writeBulk(tx, {
      records: pack,
      mode,
      install: () => recordInstall(tx, pack, bundled, Date.now()),
      label: labelOf(pack, mode, bundled),
      kept: 0,
      ...(bundled && { base: pack }),
    }),
  );
}

/**
 * Re-installs the starter pack by id, so running it twice adds nothing: the reader's own records stay, starter records
 * the reader deleted come back and untouched ones follow the pack, but records the reader edited are kept as they are
 * (./reinstall.ts). Marks the starter as installed, and enabled; it can be undone once, like any bulk write.
 */
export function restoreStarter(kb: Kb, pack: Pack): Promise<BulkSummary> {
  return kb.write(async (tx) => {
    const { records, kept } = await splitEdited(tx, pack, await readAll(tx));
    const summary = await writeBulk(tx, {
      records,
      mode: 'merge',
      install: () => recordInstall(tx, pack, STARTER_PACK, Date.now()),
      label: 'The re-install of the starter pack',
      kept: kept.length,
      base: pack,
    });
    await tx.objectStore('meta').put(true, 'starterInstalled');
    return summary;
  });
}
