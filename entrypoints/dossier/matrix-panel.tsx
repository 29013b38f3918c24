import { useRef, useState } from 'preact/hooks';
import { DossierPager } from '@/components/dossier/dossier-pager';
import { DOSSIER_WORDS as W } from '@/components/dossier/dossier-wording';
import { StanceHistoryView } from '@/components/dossier/stance-history';
import { cellKey, StanceMatrix } from '@/components/dossier/stance-matrix';
import { call } from '@/utils/protocol/call';
import { useLoaded } from './use-loaded';

/** Actors per matrix page: a screenful of rows. */
const PAGE = 40;

/** The matrix view: a page of actors asked of the background, and the history of the cell the reader opened. */
export function MatrixPanel({ packTitles }: { packTitles: ReadonlyMap<string, string> }) {
  const [offset, setOffset] = useState(0);
  const [openKey, setOpenKey] = useState<string | null>(null);
  const opener = useRef<HTMLElement | null>(null);
  const page = useLoaded(String(offset), () => call('dossier.matrix', { offset, limit: PAGE }));
  const cell = page?.ok ? page.value.cells.find((candidate) => cellKey(candidate) === openKey) : undefined;
  const actor = cell && page?.ok ? page.value.actors.find(({ id }) => id === cell.actorId) : undefined;
  const close = () => {
    setOpenKey(null);
    opener.current?.focus();
  };
  return (
    <section class="fl-view" aria-labelledby="matrix-heading">
      <h2 class="fl-heading" id="matrix-heading">
        {W.matrix}
      </h2>
      {page === null && <p class="fl-muted">{W.loading}</p>}
      {page?.ok === false && <p role="alert">{W.failed(page.error)}</p>}
      {page?.ok && (
        <>
          <DossierPager
            noun={W.actors}
            total={page.value.totalActors}
            offset={offset}
            limit={PAGE}
            onPage={(next) => {
              setOpenKey(null);
              setOffset(next);
            }}
          />
          <StanceMatrix
            page={page.value}
            openKey={openKey}
            onOpen={(chosen) => {
              opener.current = document.activeElement as HTMLElement | null;
              setOpenKey(cellKey(chosen));
            }}
          />
        </>
      )}
      {cell && actor && (
        <StanceHistoryView
          actor={actor}
          proposal={cell.proposal}
          steps={cell.steps}
          packTitles={packTitles}
          onClose={close}
        />
      )}
    </section>
  );
}
