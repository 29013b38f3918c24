import { beforeEach, describe, expect, it } from 'vitest';
import { containersIn, type Tree } from './containers';
import { ElementRules } from './dom-rules';

beforeEach(() => {
  document.body.innerHTML = '';
});

/**
 * A `<frame>` element whose contentDocument is `doc`, standing in for a same-origin frame: happy-dom loads no
 * frame pages (and complains when an iframe is connected), so the document is attached by hand.
 */
function frameShowing(doc: Document | null): HTMLElement {
  const frame = document.createElement('frame');
  Object.defineProperty(frame, 'contentDocument', { get: () => doc });
  return frame;
}

describe('containersIn, frames', () => {
  it("walks into a same-origin frame's document, in reading order, and reports it as a tree", () => {
    document.body.innerHTML = '<p id="before">x</p><span id="slot"></span><p id="after">y</p>';
    const inner = document.implementation.createHTMLDocument('frame');
    inner.body.innerHTML = '<p id="inside">Macron</p>';
    document.getElementById('slot')!.replaceWith(frameShowing(inner));
    const trees: Tree[] = [];
    const found = [
      ...containersIn(document.body, new ElementRules(), { onTree: (tree) => trees.push(tree) }),
    ];
    const ids = found.map((node) => (node as Element).id || node.nodeName.toLowerCase());
    expect(ids).toEqual(['body', 'before', '#document', 'html', 'body', 'inside', 'after']);
    expect(trees).toEqual([inner]);
  });

  it('walks past a cross-origin frame, whose document is out of reach', () => {
    document.body.innerHTML = '<p id="before">x</p><span id="slot"></span><p id="after">y</p>';
    document.getElementById('slot')!.replaceWith(frameShowing(null));
    const found = [...containersIn(document.body, new ElementRules())];
    expect(found.map((node) => (node as Element).id || node.nodeName.toLowerCase())).toEqual([
      'body',
      'before',
      'after',
    ]);
  });
});
