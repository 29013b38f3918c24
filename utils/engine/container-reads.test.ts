import { beforeEach, describe, expect, it } from 'vitest';
import { TEST_ALIASES } from '@/tests/helpers/engine-env';
import { linkedNames } from '@/tests/helpers/linked-names';
import { compileMatcher, type Hit, type Matcher } from '@/utils/matcher';
import { READ_STRETCH } from './block-reader';
import { ContainerReads } from './container-reads';
import { ElementRules } from './dom-rules';
import type { PageMentions } from './page-mentions';
import type { TextBlock } from './text-blocks';

/** Reads over the real rules and matcher, recording what they hand the page's mentions. */
function reads(options: { rules?: ElementRules; matcher?: Matcher | null } = {}) {
  const put: string[][] = [];
  const dropped: Node[] = [];
  const mentions = {
    put: (_container: Node, blocks: TextBlock[], hits: Hit[][]) =>
      put.push(hits.flatMap((found, i) => found.map((hit) => blocks[i]!.text.slice(hit.start, hit.end)))),
    drop: (container: Node) => dropped.push(container),
  } as unknown as PageMentions;
  const matcher = options.matcher === undefined ? compileMatcher(TEST_ALIASES) : options.matcher;
  const reads = new ContainerReads({
    rules: options.rules ?? new ElementRules(),
    mentions,
    matcher: () => matcher,
  });
  return { reads, put, dropped };
}

/** A paragraph of READ_STRETCH linked names (three nodes each) ending in a mention: three stretches to read. */
function longParagraph(): HTMLElement {
  document.body.innerHTML = `<p>${linkedNames(READ_STRETCH)}and Macron</p>`;
  return document.querySelector('p')!;
}

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('ContainerReads', () => {
  it('reads a short container in one step and hands over its mentions', () => {
    document.body.innerHTML = '<p>Keir <b>Starmer</b> met Macron</p>';
    const { reads: r, put } = reads();
    r.start(document.querySelector('p')!);
    expect(r.busy).toBe(false);
    expect(put).toEqual([['Keir Starmer', 'Macron']]);
  });

  it('reads a long container over several steps and hands over nothing before its last', () => {
    const { reads: r, put } = reads();
    r.start(longParagraph());
    let steps = 1;
    while (r.busy) {
      expect(put).toEqual([]);
      r.goOn();
      steps++;
    }
    expect(steps).toBe(3);
    expect(put).toEqual([['Macron']]);
  });

  it('reads nothing without a matcher, and drops the container', () => {
    document.body.innerHTML = '<p>Macron</p>';
    const { reads: r, put, dropped } = reads({ matcher: null });
    r.start(document.querySelector('p')!);
    expect(put).toEqual([]);
    expect(dropped).toEqual([document.querySelector('p')]);
  });

  it('does not run again a stretch that threw, and reads the next container', () => {
    const p = longParagraph();
    const rules = new ElementRules();
    const readable = rules.readable.bind(rules);
    let throws = 0;
    rules.readable = (el) => {
      if (el.id === 'a300') {
        throws++;
        throw new Error('the document went');
      }
      return readable(el);
    };
    const { reads: r, put } = reads({ rules });
    r.start(p);
    expect(r.busy).toBe(true);
    expect(() => r.goOn()).toThrow('the document went');
    expect(r.busy).toBe(false);
    r.goOn();
    expect(throws).toBe(1);
    document.body.insertAdjacentHTML('beforeend', '<div>NATO</div>');
    r.start(document.querySelector('div')!);
    expect(put).toEqual([['NATO']]);
  });

  it('forgets the read under way when dropped', () => {
    const { reads: r, put } = reads();
    r.start(longParagraph());
    r.drop();
    expect(r.busy).toBe(false);
    r.goOn();
    expect(put).toEqual([]);
  });
});
