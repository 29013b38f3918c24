import type { InstalledPack } from '@/utils/installed-pack';
import type { Pack, PackRecords } from '@/utils/pack';
import { type MergeChoices, resolve } from '@/utils/subscribe/merge-resolve';
import { asImportPlan, mergeProblems } from '@/utils/subscribe/merge-result';
import { type MergePlan, threeWayMerge } from '@/utils/subscribe/three-way';
import { type PackUpdatePreview, previewOfMerge } from '@/utils/subscribe/update-preview';
import type { BulkSummary } from '@/utils/undo-point';
import { keepUndoPoint, snapshotBefore } from './bulk-snapshot';
import { IntegrityError } from './errors';
import type { Kb } from './kb';
import type { AnyTx, WriteTx } from './layout';
import { baseOf, readBase, replaceBase } from './pack-bases';
import { editedBy, inferredBase, keepShared, readOrigins, releaseOrigins } from './pack-release';
import { applyPlan } from './pack-write';
import { readAll } from './read-all';

/** What an update may set on the installed pack's row besides its version, counts and times (a publisher, say). */
export type PackRowMeta = Partial<Omit<InstalledPack, 'id' | 'counts' | 'installedAt' | 'updatedAt'>>;

/**
 * Plans updating pack `packId` to `theirs` over what is stored: a three-way merge against the version last installed,
 * or, where none was kept, against the records the origins say the pack brought unedited (nothing, for a pack never
 * installed: then a stored record of the same id that differs is a conflict). A removal of a record another pack also
 * brought keeps it, released from this pack.
 */
async function planUpdate(tx: AnyTx, packId: string, theirs: Pack) {
  const stored = await readAll(tx);
  const origins = await readOrigins(tx);
  const base = (await readBase(tx, packId))?.records ?? inferredBase(stored, origins, packId);
  const plan = keepShared(threeWayMerge(base, theirs, stored, editedBy(origins)), origins, packId);
  return { stored, plan };
}

/**
 * What updating (or installing, for a new subscription) pack `packId` to `theirs` would do, record by record, with
 * the conflicts to choose and whether it can be undone. `theirs` is a pack already validated as an import is. Nothing
 * is written.
 */
export function previewPackUpdate(kb: Kb, packId: string, theirs: Pack): Promise<PackUpdatePreview> {
  return kb.read(async (tx) => {
    const { stored, plan } = await planUpdate(tx, packId, theirs);
    return previewOfMerge(packId, theirs, plan, stored);
  });
}

/** Records that pack `packId` is installed at `pack`'s version now, keeping its row's other fields (on / off). */
async function recordUpdate(tx: WriteTx, packId: string, pack: Pack, meta: PackRowMeta, now: number) {
  const store = tx.objectStore('packs');
  const before = await store.get(packId);
  await store.put({
    publisher: null,
    enabled: true,
    ...before,
    title: pack.title,
    version: pack.exportedAt.slice(0, 10),
    ...meta,
    id: packId,
    counts: { entries: pack.entries.length, facts: pack.facts.length, stances: pack.stances.length },
    installedAt: before?.installedAt ?? now,
    updatedAt: now,
  });
}

/** Refuses, before anything is written, a resolved plan whose result would break the import's integrity rules. */
function requireMergeIntegrity(stored: PackRecords, resolved: MergePlan): void {
  const problems = mergeProblems(stored, resolved);
  if (problems.length > 0) throw new IntegrityError(problems);
}

/**
 * Updates (or first installs) pack `packId` to `theirs` in one transaction, all of it or nothing: writes the merge
 * resolved by the reader's `choices` (a conflict without one keeps the reader's copy), records the pack as the origin
 * of what it wrote, releases the records it no longer has but keeps, keeps `theirs` as the new base and updates the
 * installed pack's row. It is the one undo point, like any bulk write. Throws, writing nothing, for a choice that
 * names no conflict or a result that would break the knowledge base's integrity (IntegrityError).
 */
export function applyPackUpdate(
  kb: Kb,
  packId: string,
  theirs: Pack,
  choices: MergeChoices,
  now: number,
  meta: PackRowMeta = {},
): Promise<BulkSummary> {
  return kb.write(async (tx) => {
    const { stored, plan } = await planUpdate(tx, packId, theirs);
    const resolved = resolve(plan, choices);
    requireMergeIntegrity(stored, resolved);
    const writes = asImportPlan(resolved);
    const installed = await tx.objectStore('packs').get(packId);
    const label = `The ${installed ? 'update' : 'install'} of “${theirs.title}”`;
    const before = await snapshotBefore(tx, writes, stored, crypto.randomUUID(), label, now);
    const summary = await applyPlan(tx, writes, packId);
    const released = resolved.kept.filter(
      ({ reason }) => reason === 'removed-upstream' || reason === 'shared',
    );
    const snapshot = await replaceBase(
      tx,
      await releaseOrigins(tx, packId, released, before),
      packId,
      baseOf(packId, theirs),
    );
    await recordUpdate(tx, packId, theirs, meta, now);
    await keepUndoPoint(tx, snapshot);
    return { ...summary, kept: resolved.kept.length, undo: snapshot && { id: snapshot.id, label } };
  });
}
