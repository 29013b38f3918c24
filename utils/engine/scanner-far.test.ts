import { afterEach, describe, expect, it } from 'vitest';
import { running, setup } from '@/tests/helpers/scanner-harness';

afterEach(() => {
  for (const stop of running) stop();
  running.clear();
});

/** Layout as the markup says it: a box 20 px tall at the nearest `data-top` at or above a node (0, near, without). */
const boxOf = (node: Node) => {
  const el = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  const top = Number(el?.closest('[data-top]')?.getAttribute('data-top') ?? 0);
  return { top, bottom: top + 20 };
};

/** Enough text nodes for the walk to ask where it stands (every 32) before it reaches the far part. */
const FILLER = Array.from(
  { length: 200 },
  (_, i) => `<p data-top="${i < 100 ? 0 : 99999}">line ${i}</p>`,
).join('');

/** A page whose top holds Macron and whose far end holds Starmer, with `after` beside the long column. */
function scanned(after: string) {
  document.body.innerHTML =
    `<main><div id="column"><p>Macron spoke.</p>${FILLER}` +
    `<p id="end" data-top="99999">Keir Starmer answered.</p></div>${after}</main>`;
  const far = new Set(document.querySelectorAll('[data-top="99999"]'));
  return setup(null, { boxOf, far });
}

describe('Scanner: what lies far below the viewport', () => {
  it('leaves a far part unread, and reads it once the reader scrolls it near', () => {
    const { actors, tailSight: sight, idle } = scanned('');
    expect(actors()).toEqual(['Macron']);
    const watched = [...sight.observed];
    expect(watched.length).toBeGreaterThan(0);
    for (const el of document.querySelectorAll('[data-top]')) el.setAttribute('data-top', '0');
    for (const target of watched) sight.move(target, true);
    idle.flush();
    expect(actors()).toEqual(['Macron', 'Keir Starmer']);
  });

  it('reads the whole page at once when the reader asks for it', () => {
    const { actors, scanner, idle, tailSight: sight } = scanned('');
    scanner.readAll();
    idle.flush();
    expect(actors()).toEqual(['Macron', 'Keir Starmer']);
    expect(sight.observed.size).toBe(0);
  });

  it('still reads a near column that follows a far one', () => {
    const { actors } = scanned('<aside><p>NATO allies</p></aside>');
    expect(actors()).toEqual(['Macron', 'NATO']);
  });

  it('reads the whole page when nothing is far', () => {
    document.body.innerHTML = `<main><p>Macron spoke.</p>${FILLER.replaceAll('99999', '0')}<p>Keir Starmer</p></main>`;
    const { actors, tailSight: sight } = setup(null, { boxOf, far: new Set() });
    expect(actors()).toEqual(['Macron', 'Keir Starmer']);
    expect(sight.observed.size).toBe(0);
  });
});
