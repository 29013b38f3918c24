import { type EntryRef, entryRefs, type StanceSource } from './dossier-source';
import { type StanceStep, stanceHistories } from './stance-history';

/** One actor's stances on one proposal, latest first: the cell shows the first and opens the rest. */
export interface MatrixCell {
  actorId: string;
  proposal: EntryRef;
  steps: StanceStep[];
}

/** Every actor with a stance, by name, and its cells: the whole stance matrix, paged by `matrixPage`. */
export interface StanceMatrix {
  actors: EntryRef[];
  cellsOf: Map<string, MatrixCell[]>;
}

/** A page of the matrix: some actors, the proposals they took positions on, and those cells. */
export interface MatrixPage {
  /** How many actors have stances in all. */
  totalActors: number;
  actors: EntryRef[];
  proposals: EntryRef[];
  cells: MatrixCell[];
}

const byName = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

function compareRefs(a: EntryRef, b: EntryRef): number {
  return byName.compare(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * The stance matrix: only actors and proposals that have a stance between existing entries take a row or a column,
 * so a large knowledge base of mostly stanceless entries stays small. Facts play no part.
 */
export function buildMatrix(source: StanceSource): StanceMatrix {
  const cellsOf = new Map<string, MatrixCell[]>();
  const actors: EntryRef[] = [];
  const histories = stanceHistories(source.stances, entryRefs(source.entries), source.packsOf);
  for (const { actor, proposal, steps } of histories.values()) {
    let cells = cellsOf.get(actor.id);
    if (!cells) {
      cells = [];
      cellsOf.set(actor.id, cells);
      actors.push(actor);
    }
    cells.push({ actorId: actor.id, proposal, steps });
  }
  return { actors: actors.sort(compareRefs), cellsOf };
}

/** Actors `offset` to `offset + limit` by name, with the proposals (by name) any of them took a position on. */
export function matrixPage(matrix: StanceMatrix, offset: number, limit: number): MatrixPage {
  const actors = matrix.actors.slice(offset, offset + limit);
  const cells = actors.flatMap((actor) => matrix.cellsOf.get(actor.id) ?? []);
  const proposals = new Map(cells.map(({ proposal }) => [proposal.id, proposal]));
  return {
    totalActors: matrix.actors.length,
    actors,
    proposals: [...proposals.values()].sort(compareRefs),
    cells,
  };
}
