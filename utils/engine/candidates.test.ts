import { beforeEach, describe, expect, it } from 'vitest';
import { TEST_ALIASES } from '@/tests/helpers/engine-env';
import { compileMatcher } from '@/utils/matcher';
import { candidateContainers } from './candidates';
import { ElementRules } from './dom-rules';
import type { Tree, WalkHooks } from './walk-hooks';

const matcher = compileMatcher(TEST_ALIASES);

const label = (node: Node | null): string => {
  if (!node) return 'null';
  if (node.nodeType === Node.DOCUMENT_FRAGMENT_NODE) return 'shadow';
  return node.nodeType === Node.ELEMENT_NODE
    ? (node as Element).id || (node as Element).localName
    : node.nodeName;
};

const found = (root: Node, hooks: WalkHooks = {}): string[] =>
  [...candidateContainers(root, matcher.sieve(), new ElementRules(), hooks)]
    .filter((node) => node !== null)
    .map(label);

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('candidateContainers', () => {
  it('yields, in reading order, the blocks whose text may hold a hit, and no other', () => {
    document.body.innerHTML =
      '<article id="a"><p id="p1">Macron spoke.</p><p id="none">Nothing here, nor in macaroni.</p>' +
      '<div id="d">Le <b>Keir</b> <i>Starmer</i><p id="p2">the UN</p> said</div><p id="un">under fun</p></article>';
    expect(found(document.body)).toEqual(['p1', 'd', 'p2']);
  });

  it('finds a name split across elements and whitespace-only nodes, but not one split across blocks', () => {
    document.body.innerHTML =
      '<p id="split"><a>coalition</a>\n  <em>of the</em> willing</p>' +
      '<p id="first">Multinational Force</p><p id="second">Ukraine met</p>';
    expect(found(document.body)).toEqual(['split']);
  });

  it('sieves no more of a kept block, and sieves afresh once the walk leaves it', () => {
    document.body.innerHTML =
      '<div id="d"><p id="p">Macron and <b>the</b> rest <i>of it</i></p> then Starmer <p id="q">NATO</p></div>';
    const sieve = matcher.sieve();
    const fed: string[] = [];
    const counting = {
      feed: (text: string) => {
        fed.push(text);
        return sieve.feed(text);
      },
      reset: () => sieve.reset(),
    };
    const walk = [...candidateContainers(document.body, counting, new ElementRules())];
    expect(walk.filter((node) => node !== null).map(label)).toEqual(['p', 'd', 'q']);
    expect(fed).toEqual(['Macron and ', ' then Starmer ', 'NATO']);
  });

  it('takes the block before a name as a word boundary, even with no space between blocks', () => {
    document.body.innerHTML = '<p id="a">Paris</p><p id="b">Macron</p><p id="c">xMacron</p>';
    expect(found(document.body)).toEqual(['b']);
  });

  it('skips what markup hides (skipped tags, hidden, site chrome) and leaves styles to the reader of each block', () => {
    document.body.innerHTML =
      '<p hidden id="h">Macron</p><textarea>Macron</textarea><pre id="code">Macron</pre>' +
      '<nav id="nav"><p id="menu">Macron</p></nav><p id="styled" style="display:none">Macron</p>';
    expect(found(document.body)).toEqual(['styled']);
  });

  it('feeds no text of site chrome, and reads the header and footer of an article', () => {
    document.body.innerHTML =
      '<header id="site">Macron</header><div role="navigation"><p>NATO</p></div><ul role="menu"><li>UN</li></ul>' +
      '<article><header id="own">Macron</header><p id="body">Starmer</p><footer id="end">NATO</footer></article>' +
      '<div role="contentinfo">Guterres</div><footer>Starmer</footer>';
    const sieve = matcher.sieve();
    const fed: string[] = [];
    const counting = {
      feed: (text: string) => fed.push(text) > 0 && sieve.feed(text),
      reset: () => sieve.reset(),
    };
    const walk = [...candidateContainers(document.body, counting, new ElementRules())];
    expect(walk.filter((node) => node !== null).map(label)).toEqual(['own', 'body', 'end']);
    expect(fed).toEqual(['Macron', 'Starmer', 'NATO']);
  });

  it('reads no attribute of each element: one query finds what `hidden` and site chrome keep it out of', () => {
    const plain = '<p><span>plain</span> <a href="#x">text</a></p>'.repeat(50);
    document.body.innerHTML = `${plain}<p hidden>Macron</p><nav>NATO</nav><p id="last">Starmer</p>`;
    const calls = { has: 0, get: 0 };
    const { hasAttribute, getAttribute } = Element.prototype;
    Element.prototype.hasAttribute = function (this: Element, name: string) {
      calls.has++;
      return hasAttribute.call(this, name);
    };
    Element.prototype.getAttribute = function (this: Element, name: string) {
      calls.get++;
      return getAttribute.call(this, name);
    };
    try {
      expect(found(document.body)).toEqual(['last']);
    } finally {
      Object.assign(Element.prototype, { hasAttribute, getAttribute });
    }
    expect(calls.has + calls.get).toBeLessThan(10);
  });

  it('skips a walk root that is site chrome, and starts the sieve afresh after chrome it skips', () => {
    document.body.innerHTML =
      '<nav id="root"><p>Macron</p></nav><div>coalition of <nav>menu</nav>the willing</div>';
    expect(found(document.getElementById('root')!)).toEqual([]);
    expect(found(document.body)).toEqual([]);
  });

  it('goes on after a skipped element that ends its parents, and skips a skipped root whole', () => {
    document.body.innerHTML =
      '<div><section><p>x</p><pre>Macron</pre></section><!-- Starmer --></div><p id="after">Starmer</p>';
    expect(found(document.body)).toEqual(['after']);
    document.body.innerHTML = '<div id="root" hidden><p>Macron</p></div><p>Starmer</p>';
    expect(found(document.getElementById('root')!)).toEqual([]);
  });

  it('enters open shadow roots (not closed ones) and reports every tree it enters', () => {
    document.body.innerHTML = '<p id="p1">Starmer</p><x-open></x-open><x-closed></x-closed>';
    const open = document.querySelector('x-open')!.attachShadow({ mode: 'open' });
    open.innerHTML = 'NATO <p id="inside">Macron</p>';
    document.querySelector('x-closed')!.attachShadow({ mode: 'closed' }).innerHTML =
      '<p id="secret">Macron</p>';
    const trees: Tree[] = [];
    expect(found(document, { onTree: (tree) => trees.push(tree) })).toEqual(['p1', 'shadow', 'inside']);
    expect(trees).toEqual([document, open]);
  });

  it('gives the idle loop a chance to stop every few dozen text nodes', () => {
    document.body.innerHTML = `${'<p>x</p>'.repeat(300)}<p id="last">Macron</p>`;
    const walk = [...candidateContainers(document.body, matcher.sieve(), new ElementRules())];
    expect(walk.filter((node) => node === null).length).toBeGreaterThanOrEqual(2);
    expect(walk.filter((node) => node !== null).map(label)).toEqual(['last']);
  });

  it('stops and says so when the page removes the walk position', () => {
    document.body.innerHTML = '<div id="d1"><p id="p1">Macron</p></div><p id="p2">Starmer</p>';
    let detached = 0;
    const walk = candidateContainers(document.body, matcher.sieve(), new ElementRules(), {
      onDetached: () => detached++,
    });
    expect(label(walk.next().value!)).toBe('p1');
    document.getElementById('d1')!.remove();
    expect(walk.next().done).toBe(true);
    expect(detached).toBe(1);
  });

  it('stops and says so when the page removes the walk position while the idle loop had it stopped', () => {
    document.body.innerHTML = `<div id="d">${'<p>x</p>'.repeat(200)}</div><p id="after">Macron</p>`;
    let detached = 0;
    const walk = candidateContainers(document.body, matcher.sieve(), new ElementRules(), {
      onDetached: () => detached++,
    });
    expect(walk.next().value).toBeNull();
    document.getElementById('d')!.remove();
    expect(walk.next().done).toBe(true);
    expect(detached).toBe(1);
  });

  it('asks where to go on every 32 text nodes, jumps where told and stops on null', () => {
    document.body.innerHTML =
      `<div id="near">${'<p>x</p>'.repeat(40)}<p id="skipped">Macron</p></div>` +
      `<p id="far">Starmer</p><p id="end">NATO</p>`;
    const asked: string[] = [];
    const far = document.getElementById('far')!;
    expect(
      found(document.body, {
        skipFrom: (at) => {
          asked.push(at.textContent!);
          return asked.length === 1 ? far : undefined;
        },
      }),
    ).toEqual(['far', 'end']);
    expect(asked).toHaveLength(1);
    expect(found(document.body, { skipFrom: () => null })).toEqual([]);
  });

  it('yields nothing for a text node, or an element markup hides', () => {
    document.body.innerHTML = '<p hidden id="h"><b>Macron</b></p>';
    expect(found(document.getElementById('h')!)).toEqual([]);
    expect(found(document.createTextNode('Macron'))).toEqual([]);
  });
});
