import { beforeEach, describe, expect, it } from 'vitest';
import { containersIn, type Tree } from './containers';
import { ElementRules } from './dom-rules';

const label = (node: Node): string => {
  if (node.nodeType === Node.DOCUMENT_FRAGMENT_NODE) return 'shadow';
  return node.nodeType === Node.ELEMENT_NODE
    ? (node as Element).id || (node as Element).localName
    : node.nodeName;
};

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('containersIn', () => {
  it('yields block containers in reading order and skips unreadable subtrees', () => {
    document.body.innerHTML =
      '<article id="a"><p id="p1">x</p><div hidden><p id="gone">y</p></div><span><p id="p2">z</p></span></article>' +
      '<textarea><p>t</p></textarea><div contenteditable="true"><p id="edit">e</p></div><pre id="code"><p>c</p></pre>';
    const rules = new ElementRules();
    expect([...containersIn(document.body, rules)].map(label)).toEqual(['body', 'a', 'p1', 'p2']);
  });

  it('enters open shadow roots (not closed ones) and reports every tree it enters', () => {
    document.body.innerHTML = '<p id="p1">x</p><x-open></x-open><x-closed></x-closed>';
    const open = document.querySelector('x-open')!.attachShadow({ mode: 'open' });
    open.innerHTML = '<p id="inside">Macron</p>';
    document.querySelector('x-closed')!.attachShadow({ mode: 'closed' }).innerHTML = '<p id="secret">x</p>';
    const trees: Tree[] = [];
    const found = [...containersIn(document, new ElementRules(), { onTree: (tree) => trees.push(tree) })];
    expect(found.map(label)).toEqual(['#document', 'html', 'body', 'p1', 'shadow', 'inside']);
    expect(trees).toEqual([document, open]);
  });

  it('stops and says so when the page removes the walk position', () => {
    document.body.innerHTML = '<div id="d1"><p id="p1">x</p></div><p id="p2">y</p>';
    let detached = 0;
    const walk = containersIn(document.body, new ElementRules(), { onDetached: () => detached++ });
    expect(label(walk.next().value!)).toBe('body');
    expect(label(walk.next().value!)).toBe('d1');
    document.getElementById('d1')!.remove();
    expect(walk.next().done).toBe(true);
    expect(detached).toBe(1);
  });

  it('yields nothing for text nodes or unreadable roots', () => {
    document.body.innerHTML = '<p hidden id="h"><b>x</b></p>';
    const rules = new ElementRules();
    expect([...containersIn(document.getElementById('h')!, rules)]).toEqual([]);
    expect([...containersIn(document.createTextNode('Macron'), rules)]).toEqual([]);
  });
});
