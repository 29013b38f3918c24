import { useState } from 'preact/hooks';
import { DossierNav } from '@/components/dossier/dossier-nav';
import { DOSSIER_WORDS as W } from '@/components/dossier/dossier-wording';
import type { EntryRef } from '@/utils/dossier/dossier-source';
import { EntryPanel } from './entry-panel';
import { MatrixPanel } from './matrix-panel';
import { TimelinePanel } from './timeline-panel';
import { useDossierBase } from './use-dossier-base';
import { useHashRoute } from './use-hash-route';

/** The entry filter's names before they load: the filter form is usable, the rows already name their entries. */
const NO_NAMES: readonly EntryRef[] = [];

/**
 * The dossier's shell: the view the hash names, once what it needs has loaded: the packs for every view, every
 * entry's name too for an entry's page. The timeline shows its rows first and then asks for the names.
 */
export function DossierApp() {
  const route = useHashRoute();
  const [answered, setAnswered] = useState(false);
  const { packs, names } = useDossierBase(answered || route.view !== 'timeline');
  const failed = packs?.ok === false ? packs : names?.ok === false ? names : null;
  const ready = packs?.ok ? packs.value : null;
  const waiting = failed === null && (ready === null || (route.view === 'entry' && names === null));
  return (
    <>
      <DossierNav route={route} />
      <main class="fl-dossier-main">
        {waiting && <p class="fl-muted">{W.loading}</p>}
        {failed && <p role="alert">{W.failed(failed.error)}</p>}
        {ready && route.view === 'timeline' && (
          <TimelinePanel
            packs={ready}
            entries={names?.ok ? names.value.entries : NO_NAMES}
            entryId={route.entryId}
            onAnswered={() => setAnswered(true)}
          />
        )}
        {ready && route.view === 'matrix' && <MatrixPanel packTitles={ready.packTitles} />}
        {ready && names?.ok && route.view === 'entry' && (
          <EntryPanel refs={names.value.refs} id={route.id} key={route.id} />
        )}
      </main>
    </>
  );
}
