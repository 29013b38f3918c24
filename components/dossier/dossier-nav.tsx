import { type DossierRoute, dossierHref } from '@/utils/dossier/dossier-route';
import { DOSSIER_WORDS as W } from './dossier-wording';

/** The dossier's title and its views as links: the hash keeps each view linkable and Back returns to the last. */
export function DossierNav({ route }: { route: DossierRoute }) {
  const link = (target: DossierRoute, label: string) => (
    <a
      class="fl-dossier-view"
      href={dossierHref(target)}
      aria-current={route.view === target.view ? 'page' : undefined}
    >
      {label}
    </a>
  );
  return (
    <header class="fl-header fl-dossier-header">
      <h1 class="fl-title">{W.pageTitle}</h1>
      <nav aria-label={W.viewsLabel} class="fl-actions fl-no-print">
        {link({ view: 'timeline', entryId: null }, W.timeline)}
        {link({ view: 'matrix' }, W.matrix)}
      </nav>
    </header>
  );
}
