import { beforeEach, describe, expect, it } from 'vitest';
import { TEST_ALIASES } from '@/tests/helpers/engine-env';
import { frameShowing } from '@/tests/helpers/frame-showing';
import { compileMatcher } from '@/utils/matcher';
import { candidateContainers } from './candidates';
import { ElementRules } from './dom-rules';
import type { Tree, WalkHooks } from './walk-hooks';

const matcher = compileMatcher(TEST_ALIASES);

const found = (hooks: WalkHooks): string[] =>
  [...candidateContainers(document.body, matcher.sieve(), new ElementRules(), hooks)]
    .filter((node) => node !== null)
    .map((node) => (node as Element).id || node.nodeName.toLowerCase());

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('candidateContainers, frames', () => {
  it("walks into a shown same-origin frame's document, in reading order, and reports it as a tree", () => {
    document.body.innerHTML = '<p id="before">Starmer</p><span id="slot"></span><p id="after">NATO</p>';
    const inner = document.implementation.createHTMLDocument('frame');
    inner.body.innerHTML = '<p id="inside">Macron</p><p id="empty">x</p>';
    document.getElementById('slot')!.replaceWith(frameShowing(() => inner));
    const trees: Tree[] = [];
    expect(found({ onTree: (tree) => trees.push(tree) })).toEqual(['before', 'inside', 'after']);
    expect(trees).toEqual([inner]);
  });

  it('walks past a cross-origin frame, whose document is out of reach', () => {
    document.body.innerHTML = '<p id="before">Starmer</p><span id="slot"></span><p id="after">NATO</p>';
    document.getElementById('slot')!.replaceWith(frameShowing(() => null));
    expect(found({})).toEqual(['before', 'after']);
  });

  it("never touches a hidden frame's document (each first touch costs the browser a world)", () => {
    document.body.innerHTML = '<p id="before">Starmer</p><span id="slot"></span><p id="after">NATO</p>';
    const inner = document.implementation.createHTMLDocument('frame');
    inner.body.innerHTML = '<p id="inside">Macron</p>';
    let reads = 0;
    const frame = frameShowing(() => {
      reads++;
      return inner;
    });
    frame.style.display = 'none';
    document.getElementById('slot')!.replaceWith(frame);
    expect(found({})).toEqual(['before', 'after']);
    expect(reads).toBe(0);
  });

  it('reads in each frame it meets what `readFrame` gives, and nothing where it gives null', () => {
    document.body.innerHTML =
      '<p id="before">Starmer</p><span id="a"></span><span id="b"></span><p id="after">NATO</p>';
    const inner = document.implementation.createHTMLDocument('frame');
    inner.body.innerHTML = '<p id="inside">Macron</p>';
    let reads = 0;
    const unread = frameShowing(() => {
      reads++;
      return inner;
    });
    const given = frameShowing(() => null);
    document.getElementById('a')!.replaceWith(unread);
    document.getElementById('b')!.replaceWith(given);
    const asked: Element[] = [];
    const readFrame = (frame: Element) => {
      asked.push(frame);
      return frame === given ? inner : null;
    };
    expect(found({ readFrame })).toEqual(['before', 'inside', 'after']);
    expect(asked).toEqual([unread, given]);
    expect(reads).toBe(0);
  });

  it('asks about no frame on a page without one', () => {
    document.body.innerHTML = '<p>Macron</p><object data="x.svg"></object><embed src="y.svg">';
    const asked: Element[] = [];
    found({
      readFrame: (frame) => {
        asked.push(frame);
        return null;
      },
    });
    expect(asked).toEqual([]);
  });
});
