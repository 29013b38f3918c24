import type { DossierSource } from '@/utils/dossier/dossier-source';
import { buildMatrix, type MatrixPage, matrixPage } from '@/utils/dossier/matrix';
import { buildTimeline, type TimelineItem } from '@/utils/dossier/timeline';
import { makeEntry, makeFact, makeStance } from './kb-records';

/** A small knowledge base for the dossier's views: two actors, two proposals, a change of mind, hostile text. */
export function dossierSource(): DossierSource {
  return {
    entries: [
      makeEntry('macron', { name: 'Emmanuel Macron' }),
      makeEntry('starmer', { name: 'Keir Starmer' }),
      makeEntry('mission', { name: 'UN mission', kind: 'mission' }),
      makeEntry('coalition', { name: 'Coalition of the willing', kind: 'coalition' }),
    ],
    facts: [
      makeFact('summit', ['macron', 'starmer'], {
        date: '2025-03-02',
        text: 'Leaders met in London <img src=x onerror=alert(1)>',
        source: { outlet: 'BBC', url: 'https://bbc.example/summit', title: 'Summit' },
      }),
      makeFact('hostile', ['coalition'], {
        date: '2025-04',
        text: 'A fact with a hostile source',
        source: { outlet: 'Evil', url: 'javascript:alert(1)', title: null },
      }),
    ],
    stances: [
      makeStance('m-mission-1', 'macron', 'mission', { date: '2025-01', position: 'considers' }),
      makeStance('m-mission-2', 'macron', 'mission', {
        date: '2025-03-20',
        position: 'supports',
        note: 'Raised it with Guterres',
      }),
      makeStance('s-coalition', 'starmer', 'coalition', { date: null, position: 'proposes' }),
    ],
    packsOf: new Map([['facts/summit', ['starter']]]),
  };
}

/** The fixture's whole timeline, latest first. */
export function dossierTimeline(): TimelineItem[] {
  return buildTimeline(dossierSource());
}

/** The fixture's matrix on one page. */
export function dossierMatrix(): MatrixPage {
  return matrixPage(buildMatrix(dossierSource()), 0, 50);
}
