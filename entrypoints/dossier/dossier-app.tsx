import { DossierNav } from '@/components/dossier/dossier-nav';
import { DOSSIER_WORDS as W } from '@/components/dossier/dossier-wording';
import { EntryPanel } from './entry-panel';
import { MatrixPanel } from './matrix-panel';
import { TimelinePanel } from './timeline-panel';
import { useDossierBase } from './use-dossier-base';
import { useHashRoute } from './use-hash-route';

/** The dossier's shell: the view the hash names, over the entries and packs every view needs. */
export function DossierApp() {
  const route = useHashRoute();
  const base = useDossierBase();
  return (
    <>
      <DossierNav route={route} />
      <main class="fl-dossier-main">
        {base === null && <p class="fl-muted">{W.loading}</p>}
        {base?.ok === false && <p role="alert">{W.failed(base.error)}</p>}
        {base?.ok && route.view === 'timeline' && <TimelinePanel base={base.value} entryId={route.entryId} />}
        {base?.ok && route.view === 'matrix' && <MatrixPanel base={base.value} />}
        {base?.ok && route.view === 'entry' && <EntryPanel base={base.value} id={route.id} key={route.id} />}
      </main>
    </>
  );
}
