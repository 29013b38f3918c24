import type { IDBPDatabase } from 'idb';
import type { EntryRef } from '@/utils/dossier/dossier-source';
import type { MatrixCell, StanceMatrix } from '@/utils/dossier/matrix';
import { BUILD_STAMP } from './build-stamp';
import type { KbSchema } from './layout';

/** Actors per kept part: the first part alone tells which version is kept, so a stale matrix is not read whole. */
export const PART_ACTORS = 100;

/** Consecutive actors of a kept matrix and their cells, with the write counter and the build it was built at. */
export interface KeptMatrixPart {
  version: number;
  build: string;
  totalActors: number;
  actors: EntryRef[];
  cells: MatrixCell[];
}

/** The matrix as parts of `PART_ACTORS` actors by name, numbered from 0; a matrix without actors is one empty part. */
export function matrixParts(matrix: StanceMatrix, version: number): KeptMatrixPart[] {
  const totalActors = matrix.actors.length;
  const parts: KeptMatrixPart[] = [];
  for (let from = 0; from === 0 || from < totalActors; from += PART_ACTORS) {
    const actors = matrix.actors.slice(from, from + PART_ACTORS);
    const cells = actors.flatMap((actor) => matrix.cellsOf.get(actor.id) ?? []);
    parts.push({ version, build: BUILD_STAMP, totalActors, actors, cells });
  }
  return parts;
}

/** The matrix the parts hold, as `buildMatrix` gave it; null unless there are parts, all of `version` and this build. */
export function matrixFromParts(parts: readonly KeptMatrixPart[], version: number): StanceMatrix | null {
  const whole = Math.max(1, Math.ceil((parts[0]?.totalActors ?? 0) / PART_ACTORS));
  if (parts.length !== whole || parts.some((part) => part.version !== version || part.build !== BUILD_STAMP))
    return null;
  const cellsOf = new Map<string, MatrixCell[]>();
  for (const cell of parts.flatMap((part) => part.cells)) {
    const cells = cellsOf.get(cell.actorId);
    if (cells) cells.push(cell);
    else cellsOf.set(cell.actorId, [cell]);
  }
  return { actors: parts.flatMap((part) => part.actors), cellsOf };
}

/**
 * The matrix kept at `version`, read in a transaction of its own, or null when none is kept for it: the first part
 * says which version is kept, so a stale matrix is not read whole.
 */
export async function readKeptMatrix(
  db: IDBPDatabase<KbSchema>,
  version: number,
): Promise<StanceMatrix | null> {
  const tx = db.transaction('kept-matrix');
  const first = await tx.store.get(0);
  const parts = first?.version === version && first.build === BUILD_STAMP ? await tx.store.getAll() : [];
  return matrixFromParts(parts, version);
}

/** Keeps `matrix`, built at `version`, in place of the one kept before, in a transaction of its own. */
export async function writeKeptMatrix(
  db: IDBPDatabase<KbSchema>,
  version: number,
  matrix: StanceMatrix,
): Promise<void> {
  const tx = db.transaction('kept-matrix', 'readwrite');
  await tx.store.clear();
  await Promise.all(matrixParts(matrix, version).map((part, at) => tx.store.put(part, at)));
  await tx.done;
}
