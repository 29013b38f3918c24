import { beforeEach, describe, expect, it } from 'vitest';
import { readBlocks } from '@/tests/helpers/read-blocks';
import { containerOf, ElementRules } from './dom-rules';
import { locate, rangeOf } from './text-blocks';

const texts = (html: string, selector = 'body'): string[] => {
  document.body.innerHTML = html;
  return readBlocks(document.querySelector(selector)!, new ElementRules()).map((block) => block.text);
};

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('readBlocks', () => {
  it('reads a name split across inline elements as one block', () => {
    expect(texts('<p><b>Keir</b> <a href="#"><i>Star</i>mer</a> spoke</p>', 'p')).toEqual([
      'Keir Starmer spoke',
    ]);
  });

  it('ends a block at BR and nested block elements, which it leaves to their own read', () => {
    expect(texts('<div>Keir<br>Starmer <p>Macron</p> after <li>x</li>tail</div>', 'div')).toEqual([
      'Keir',
      'Starmer ',
      ' after ',
      'tail',
    ]);
  });

  it.each([
    ['script', '<script>var a = "Macron"</script>'],
    ['style', '<style>.Macron{}</style>'],
    ['textarea', '<textarea>Macron</textarea>'],
    ['input', '<input value="Macron">'],
    ['select', '<select><option>Macron</option></select>'],
    ['code', '<code>Macron()</code>'],
    ['button', '<button>Follow Macron</button>'],
    ['contenteditable', '<span contenteditable="true">Macron</span>'],
    ['hidden', '<span hidden>Macron</span>'],
    ['display:none', '<span style="display:none">Macron</span>'],
    ['svg', '<svg><text>Macron</text></svg>'],
  ])('skips %s without splitting the block', (_name, html) => {
    expect(texts(`<p>before ${html}after</p>`, 'p')).toEqual(['before after']);
  });

  it('does not descend into open shadow roots (they are read as containers of their own)', () => {
    document.body.innerHTML = '<p>a <span id="host"></span> b</p>';
    document.getElementById('host')!.attachShadow({ mode: 'open' }).innerHTML = 'Macron';
    expect(readBlocks(document.querySelector('p')!, new ElementRules()).map((b) => b.text)).toEqual(['a  b']);
  });
});

describe('locate and rangeOf', () => {
  it('maps offsets back to nodes by binary search, start and end sides differing at node edges', () => {
    document.body.innerHTML = '<p>ab<b>cd</b><i>ef</i>g</p>';
    const [block] = readBlocks(document.querySelector('p')!, new ElementRules());
    expect(block!.starts).toEqual([0, 2, 4, 6]);
    expect(locate(block!, 2, 'start')).toEqual({ node: block!.nodes[1], offset: 0 });
    expect(locate(block!, 2, 'end')).toEqual({ node: block!.nodes[0], offset: 2 });
    expect(locate(block!, 5, 'start')).toEqual({ node: block!.nodes[2], offset: 1 });
    expect(locate(block!, 7, 'end')).toEqual({ node: block!.nodes[3], offset: 1 });
    expect(locate(block!, 0, 'start')).toEqual({ node: block!.nodes[0], offset: 0 });
  });

  it('builds a range covering exactly the hit', () => {
    document.body.innerHTML = '<p>Sir <b>Keir</b> Starmer said</p>';
    const [block] = readBlocks(document.querySelector('p')!, new ElementRules());
    const range = rangeOf(block!, 4, 16) as Range;
    expect(range.toString()).toBe('Keir Starmer');
  });
});

describe('containerOf', () => {
  it('is the nearest block ancestor, or the tree root outside any block', () => {
    document.body.innerHTML = '<article><p><b id="b">x</b></p></article><span id="s">y</span>';
    expect(containerOf(document.getElementById('b')!.firstChild!)).toBe(document.querySelector('p'));
    expect(containerOf(document.getElementById('s')!)).toBe(document.body);
    const shadow = document.getElementById('s')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<em>z</em>';
    expect(containerOf(shadow.firstChild!)).toBe(shadow);
  });
});
