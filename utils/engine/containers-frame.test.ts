import { beforeEach, describe, expect, it } from 'vitest';
import { frameShowing } from '@/tests/helpers/frame-showing';
import { containersIn, type Tree } from './containers';
import { ElementRules } from './dom-rules';

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('containersIn, frames', () => {
  it("walks into a same-origin frame's document, in reading order, and reports it as a tree", () => {
    document.body.innerHTML = '<p id="before">x</p><span id="slot"></span><p id="after">y</p>';
    const inner = document.implementation.createHTMLDocument('frame');
    inner.body.innerHTML = '<p id="inside">Macron</p>';
    const frame = frameShowing(() => inner);
    document.getElementById('slot')!.replaceWith(frame);
    const trees: Tree[] = [];
    const frames: Element[] = [];
    const found = [
      ...containersIn(document.body, new ElementRules(), {
        onTree: (tree) => trees.push(tree),
        onFrame: (met) => frames.push(met),
      }),
    ];
    const ids = found.map((node) => (node as Element).id || node.nodeName.toLowerCase());
    expect(ids).toEqual(['body', 'before', '#document', 'html', 'body', 'inside', 'after']);
    expect(trees).toEqual([inner]);
    expect(frames).toEqual([frame]);
  });

  it('walks past a cross-origin frame, whose document is out of reach, but reports the frame (it may load one)', () => {
    document.body.innerHTML = '<p id="before">x</p><span id="slot"></span><p id="after">y</p>';
    const frame = frameShowing(() => null);
    document.getElementById('slot')!.replaceWith(frame);
    const frames: Element[] = [];
    const found = [
      ...containersIn(document.body, new ElementRules(), { onFrame: (met) => frames.push(met) }),
    ];
    expect(frames).toEqual([frame]);
    expect(found.map((node) => (node as Element).id || node.nodeName.toLowerCase())).toEqual([
      'body',
      'before',
      'after',
    ]);
  });

  it('reports no frame on a page without one', () => {
    document.body.innerHTML = '<p>Macron</p><object data="x.svg"></object><embed src="y.svg">';
    const frames: Element[] = [];
    [...containersIn(document.body, new ElementRules(), { onFrame: (met) => frames.push(met) })];
    expect(frames).toEqual([]);
  });
});
