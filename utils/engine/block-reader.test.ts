import { beforeEach, describe, expect, it } from 'vitest';
import { linkedNames } from '@/tests/helpers/linked-names';
import { BlockReader, READ_STRETCH } from './block-reader';
import { ElementRules } from './dom-rules';

const texts = (reader: BlockReader) => reader.blocks.map((block) => block.text);

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('BlockReader', () => {
  it('reads in stretches the same blocks, nodes and offsets as in one go', () => {
    document.body.innerHTML =
      '<div><b>Keir</b> <a href="#"><i>Star</i>mer</a> spoke<br>to <span hidden>no</span>Macron <p>own</p> after</div>';
    const div = document.querySelector('div')!;
    const whole = new BlockReader(div, new ElementRules());
    expect(whole.read(Number.POSITIVE_INFINITY)).toBe(true);
    const stretched = new BlockReader(div, new ElementRules());
    let calls = 1;
    while (!stretched.read(2)) calls++;
    expect(calls).toBeGreaterThan(5);
    expect(texts(stretched)).toEqual(['Keir Starmer spoke', 'to Macron ', ' after']);
    expect(stretched.blocks).toEqual(whole.blocks);
  });

  // Each link is an element and its text, followed by a text node: three nodes a link.
  it('stops a long container after a stretch of nodes, and reads the rest when asked', () => {
    document.body.innerHTML = `<p>${linkedNames(READ_STRETCH)}and Macron</p>`;
    const reader = new BlockReader(document.querySelector('p')!, new ElementRules());
    expect(reader.read()).toBe(false);
    expect(reader.blocks).toEqual([]);
    expect(reader.read()).toBe(false);
    expect(reader.read()).toBe(true);
    expect(texts(reader)).toHaveLength(1);
    expect(texts(reader)[0]).toMatch(/^name0, name1, .*, name511, and Macron$/);
    expect(reader.blocks[0]!.nodes).toHaveLength(READ_STRETCH * 2);
  });

  it('reads an empty container at once, to no block', () => {
    document.body.innerHTML = '<p></p>';
    const reader = new BlockReader(document.querySelector('p')!, new ElementRules());
    expect(reader.read()).toBe(true);
    expect(reader.blocks).toEqual([]);
  });
});
