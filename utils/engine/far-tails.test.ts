import { afterEach, describe, expect, it } from 'vitest';
import { fakeIntersections } from '@/tests/helpers/engine-env';
import { FarTails, type Tail } from './far-tails';

/**
 * Layout as the markup says it: an element's box starts at its `data-top` (0, near, without one) and is 20 px tall;
 * a text node has its parent's box; `hidden` elements and blank text have none.
 */
const boxOf = (node: Node) => {
  const el = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  if (!el || el.closest('[hidden]') || (node.nodeType === Node.TEXT_NODE && !node.textContent?.trim()))
    return null;
  const top = Number(el.getAttribute('data-top') ?? 0);
  return { top, bottom: top + 20 };
};

const FAR = '99999';
const byId = (id: string): Element => document.getElementById(id)!;
const text = (id: string): Node => byId(id).firstChild!;

function arrange(html: string, far: string[] = []) {
  document.body.innerHTML = html;
  const sight = fakeIntersections(new Set(far.map(byId)));
  const woken: Tail[] = [];
  const tails = new FarTails(document, (tail) => woken.push(tail), sight.createObserver, boxOf);
  made.push(tails);
  return { tails, sight, woken };
}

const made: FarTails[] = [];
afterEach(() => {
  for (const tails of made.splice(0)) tails.destroy();
});

describe('FarTails', () => {
  it('lets a walk go on as usual where it stands near the viewport', () => {
    const { tails, sight } = arrange('<main><p id="a">near</p><p id="b">next</p></main>');
    expect(tails.skipFrom(text('a'), document)).toBeUndefined();
    expect(sight.observed.size).toBe(0);
  });

  it('leaves the far rest of every ancestor for later, and ends the walk when nothing after is near', () => {
    const { tails, sight, woken } = arrange(
      `<main id="m"><p id="a" data-top="${FAR}">far</p><p id="b" data-top="${FAR}">after</p></main>` +
        `<footer id="f" data-top="${FAR}">end</footer>`,
      ['b', 'f'],
    );
    expect(tails.skipFrom(text('a'), document)).toBeNull();
    expect([...sight.observed].map((el) => el.id)).toEqual(['b', 'f']);
    expect(woken).toEqual([]);
    sight.move(byId('f'), true);
    expect(woken).toEqual([{ parent: document.body, start: byId('f') }]);
    expect(sight.observed.has(byId('f'))).toBe(false);
  });

  it('goes on at the first ancestor whose next element is near: a side column beside a long one', () => {
    const { tails, sight, woken } = arrange(
      `<div id="col"><p id="a" data-top="${FAR}">far</p><p id="b" data-top="${FAR}">after</p></div>` +
        '<aside id="side">beside</aside>',
      ['b'],
    );
    expect(tails.skipFrom(text('a'), document)).toBe(byId('side'));
    expect([...sight.observed].map((el) => el.id)).toEqual(['b']);
    expect(woken).toEqual([]);
  });

  it('goes on with plain text left after the point, which it cannot place', () => {
    document.body.innerHTML = `<p id="a" data-top="${FAR}"><b id="x" data-top="${FAR}">far</b> and the rest</p>`;
    const sight = fakeIntersections();
    const tails = new FarTails(document, () => {}, sight.createObserver, boxOf);
    made.push(tails);
    expect(tails.skipFrom(byId('x').firstChild!, document)).toBe(byId('x').nextSibling);
  });

  it('goes on with no-break spaces left after the point: they show, and the sieve reads them as text', () => {
    document.body.innerHTML = `<p id="a" data-top="${FAR}"><b id="x" data-top="${FAR}">far</b>\u00a0\u00a0</p>`;
    const tails = new FarTails(document, () => {}, fakeIntersections().createObserver, boxOf);
    made.push(tails);
    expect(tails.skipFrom(byId('x').firstChild!, document)).toBe(byId('x').nextSibling);
  });

  it('climbs past white space left at the end of an element, which holds nothing to read', () => {
    const { tails, sight } = arrange(
      `<div id="col"><p id="a" data-top="${FAR}">far</p>\n  </div>\n<div id="b" data-top="${FAR}">after</div>`,
      ['b'],
    );
    expect(tails.skipFrom(text('a'), document)).toBeNull();
    expect([...sight.observed].map((el) => el.id)).toEqual(['b']);
  });

  it('places white space, which has no box, by the element before it, and an element without a box by its parent', () => {
    const { tails, sight } = arrange(
      `<main><div hidden><p id="h">hidden</p></div><p>near</p>\n<p id="a" data-top="${FAR}">far</p>` +
        `\n<p id="b" data-top="${FAR}">after</p></main>`,
      ['b'],
    );
    expect(tails.skipFrom(text('h'), document)).toBeUndefined();
    expect(tails.skipFrom(byId('a').nextSibling!, document)).toBeNull();
    expect([...sight.observed].map((el) => el.id)).toEqual(['b']);
  });

  it('hands every tail over when the reader asks for the whole page, and leaves none after', () => {
    const { tails, woken } = arrange(
      `<main><p id="a" data-top="${FAR}">far</p><p id="b" data-top="${FAR}">after</p></main>`,
      ['b'],
    );
    tails.skipFrom(text('a'), document);
    tails.readAll();
    expect(woken).toEqual([{ parent: byId('a').parentNode, start: byId('b') }]);
    expect(tails.skipFrom(text('a'), document)).toBeUndefined();
  });

  it('forgets its tails when dropped, so none is handed over later', () => {
    const { tails, sight, woken } = arrange(
      `<main><p id="a" data-top="${FAR}">far</p><p id="b" data-top="${FAR}">after</p></main>`,
      ['b'],
    );
    tails.skipFrom(text('a'), document);
    tails.drop();
    expect(sight.observed.size).toBe(0);
    sight.move(byId('b'), true);
    tails.readAll();
    expect(woken).toEqual([]);
  });

  it('leaves other documents (frames) alone', () => {
    const other = document.implementation.createHTMLDocument('frame');
    other.body.innerHTML = `<p data-top="${FAR}">far</p><p data-top="${FAR}">after</p>`;
    const { tails, sight } = arrange('<p>top</p>');
    expect(tails.skipFrom(other.body.firstChild!.firstChild!, other)).toBeUndefined();
    expect(sight.observed.size).toBe(0);
  });
});
