import { describe, expect, it } from 'vitest';
import { type DossierRoute, dossierHref, parseDossierHash } from './dossier-route';

describe('dossier route', () => {
  it('reads back every view it writes, ids with any character included', () => {
    const routes: DossierRoute[] = [
      { view: 'timeline', entryId: null },
      { view: 'timeline', entryId: 'coalition-of-the-willing' },
      { view: 'matrix' },
      { view: 'entry', id: 'a b/ü#?' },
    ];
    for (const route of routes) expect(parseDossierHash(dossierHref(route))).toEqual(route);
  });

  it('falls back to the whole timeline for an unknown, empty, malformed or overlong hash', () => {
    for (const hash of [
      '',
      '#',
      '#packs',
      '#entry=',
      '#entry=%E0%A4%A',
      `#entry=${'x'.repeat(81)}`,
      '#timeline?entry=',
    ]) {
      expect(parseDossierHash(hash)).toEqual({ view: 'timeline', entryId: null });
    }
  });
});
