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
  it("walks into a same-origin frame's document, in reading order, and reports it as a tree", () => {
    document.body.innerHTML = '<p id="before">Starmer</p><span id="slot"></span><p id="after">NATO</p>';
    const inner = document.implementation.createHTMLDocument('frame');
    inner.body.innerHTML = '<p id="inside">Macron</p><p id="empty">x</p>';
    const frame = frameShowing(() => inner);
    document.getElementById('slot')!.replaceWith(frame);
    const trees: Tree[] = [];
    const frames: [Element, Document | null][] = [];
    const ids = found({
      onTree: (tree) => trees.push(tree),
      onFrame: (met, read) => frames.push([met, read]),
    });
    expect(ids).toEqual(['before', 'inside', 'after']);
    expect(trees).toEqual([inner]);
    expect(frames).toEqual([[frame, inner]]);
  });

  it('walks past a cross-origin frame, whose document is out of reach, but reports the frame (it may load one)', () => {
    document.body.innerHTML = '<p id="before">Starmer</p><span id="slot"></span><p id="after">NATO</p>';
    const frame = frameShowing(() => null);
    document.getElementById('slot')!.replaceWith(frame);
    const frames: [Element, Document | null][] = [];
    expect(found({ onFrame: (met, read) => frames.push([met, read]) })).toEqual(['before', 'after']);
    expect(frames).toEqual([[frame, null]]);
  });

  it("never touches an unseen frame's document (each first touch costs the browser a world), and says so", () => {
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
    const frames: [Element, Document | null][] = [];
    expect(found({ onFrame: (met, read) => frames.push([met, read]) })).toEqual(['before', 'after']);
    expect(frames).toEqual([[frame, null]]);
    expect(reads).toBe(0);
  });

  it('reports no frame on a page without one', () => {
    document.body.innerHTML = '<p>Macron</p><object data="x.svg"></object><embed src="y.svg">';
    const frames: Element[] = [];
    found({ onFrame: (met) => frames.push(met) });
    expect(frames).toEqual([]);
  });
});
