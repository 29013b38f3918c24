import { formatFactDate } from '@/components/popover/format-date';
import type { MatrixCell, MatrixPage } from '@/utils/dossier/matrix';
import { positionLabel } from '@/utils/i18n/labels';
import { uiLocale } from '@/utils/i18n/t';
import { DOSSIER_WORDS as W } from './dossier-wording';
import { EntryLink } from './entry-link';
import { moveInGrid } from './grid-keys';

/** Names a cell across reloads of the matrix: its actor's and its proposal's ids. */
export function cellKey(cell: Pick<MatrixCell, 'actorId' | 'proposal'>): string {
  return `${cell.actorId} ${cell.proposal.id}`;
}

/** Props of {@link StanceMatrix}. */
export interface StanceMatrixProps {
  page: MatrixPage;
  /** The `cellKey` of the cell whose history is open, shown pressed. */
  openKey: string | null;
  onOpen(cell: MatrixCell): void;
}

/**
 * Actors (rows) × proposals (columns) as a table: a cell with stances is a button showing the latest position and
 * its date, which opens the history; arrow keys move between cells, Tab leaves the table. Empty cells say so to
 * screen readers and stay out of the tab order.
 */
export function StanceMatrix({ page, openKey, onOpen }: StanceMatrixProps) {
  if (page.actors.length === 0) return <p class="fl-empty">{W.noStances}</p>;
  const cells = new Map(page.cells.map((cell) => [cellKey(cell), cell]));
  return (
    <div class="fl-matrix-scroll">
      <table class="fl-matrix" onKeyDown={moveInGrid}>
        <caption>{W.matrixCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{W.actorHeader}</th>
            {page.proposals.map((proposal) => (
              <th scope="col" key={proposal.id}>
                <EntryLink entry={proposal} />
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {page.actors.map((actor) => (
            <tr key={actor.id}>
              <th scope="row">
                <EntryLink entry={actor} />
              </th>
              {page.proposals.map((proposal) => {
                const cell = cells.get(cellKey({ actorId: actor.id, proposal }));
                const latest = cell?.steps[0];
                if (!cell || !latest) {
                  return (
                    <td key={proposal.id} class="fl-matrix-empty">
                      <span class="fl-visually-hidden">{W.emptyCell}</span>
                    </td>
                  );
                }
                const date = latest.date === null ? '' : formatFactDate(latest.date, uiLocale());
                const position = positionLabel(latest.position).toLocaleLowerCase();
                return (
                  <td key={proposal.id}>
                    <button
                      type="button"
                      class={`fl-matrix-cell fl-position-${latest.position}`}
                      aria-pressed={openKey === cellKey(cell)}
                      onClick={() => onOpen(cell)}
                    >
                      <span class="fl-visually-hidden">{W.cellContext(actor.name, proposal.name)} </span>
                      <span class="fl-matrix-position">{position}</span>{' '}
                      <span class="fl-matrix-date">{date || W.undated}</span>{' '}
                      {cell.steps.length > 1 && <span class="fl-matrix-count">×{cell.steps.length} </span>}
                      <span class="fl-visually-hidden">{W.cellMore(cell.steps.length)}</span>
                    </button>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
