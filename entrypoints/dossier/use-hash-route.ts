import { useEffect, useState } from 'preact/hooks';
import { type DossierRoute, parseDossierHash } from '@/utils/dossier/dossier-route';

/** The view the page's hash names, following every change (links, Back, Forward). */
export function useHashRoute(): DossierRoute {
  const [route, setRoute] = useState(() => parseDossierHash(location.hash));
  useEffect(() => {
    const follow = () => setRoute(parseDossierHash(location.hash));
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);
  return route;
}
