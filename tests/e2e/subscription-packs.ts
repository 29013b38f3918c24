/** The person the subscribed pack brings, named on the article page. */
export const ZELDA = 'Zelda Quartermaine';
/** The person only version 2 of the pack brings. */
export const QUINCY = 'Quincy Ardent';
/** The pack's title, as the Packs view lists it. */
export const PACK_TITLE = 'Harbour League watch';

const STAMP = { createdAt: 1_767_225_600_000, updatedAt: 1_767_225_600_000, rev: 1 };

function person(id: string, name: string, role: string, elsewhere: string) {
  return {
    id,
    kind: 'person',
    name,
    aliases: [{ text: name, caseSensitive: false, needsContext: false }],
    role,
    affiliation: null,
    summary: `${name} speaks for the Harbour League in the test pack.`,
    caveat: '',
    links: [{ url: `${elsewhere}/people/${id}`, title: 'Profile' }],
    tags: [],
    topic: 'specific',
    ...STAMP,
  };
}

/**
 * Version `n` of the test pack: version 2 changes Zelda's role upstream and adds Quincy; version 3 is cut off
 * mid-file. Every link and source points at `elsewhere`, a server the extension must never ask for anything.
 */
export function packText(n: 1 | 2 | 3, elsewhere: string): string {
  const entries = [
    person(
      'zelda-quartermaine',
      ZELDA,
      n === 1 ? 'Envoy of the Harbour League' : 'Chief envoy of the League',
      elsewhere,
    ),
    ...(n === 2 ? [person('quincy-ardent', QUINCY, 'Deputy envoy of the League', elsewhere)] : []),
  ];
  const fact = {
    id: 'zelda-appointed',
    date: '2026-01-05',
    text: 'The Harbour League named its envoy for the talks.',
    entryIds: ['zelda-quartermaine'],
    source: { outlet: 'Harbour Courier', url: `${elsewhere}/news/envoy`, title: 'League names envoy' },
    ...STAMP,
  };
  const pack = {
    format: 'fact-linker-pack',
    version: 2,
    title: PACK_TITLE,
    exportedAt: `2026-0${n}-01T00:00:00.000Z`,
    entries,
    facts: [fact],
    stances: [],
  };
  const text = JSON.stringify(pack);
  return n === 3 ? text.slice(0, text.length / 2) : text;
}
