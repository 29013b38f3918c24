import { describe, expect, it } from 'vitest';
import { finish } from './steps';
import { ROOT, trieSteps } from './trie';

/** A trie built the plain way, for comparison: nodes as maps, numbered breadth first, children by unit. */
function reference(keys: readonly string[]) {
  type Node = { unit: number; depth: number; key: number; children: Map<number, Node> };
  const root: Node = { unit: 0, depth: 0, key: -1, children: new Map() };
  keys.forEach((key, k) => {
    let node = root;
    for (let i = 0; i < key.length; i++) {
      const unit = key.charCodeAt(i);
      let next = node.children.get(unit);
      if (!next) {
        next = { unit, depth: i + 1, key: -1, children: new Map() };
        node.children.set(unit, next);
      }
      node = next;
    }
    node.key = k;
  });
  const order = [root];
  const first: number[] = [];
  for (let n = 0; n < order.length; n++) {
    first.push(order.length);
    order.push(...[...order[n]!.children.values()].sort((a, b) => a.unit - b.unit));
  }
  first.push(order.length);
  return {
    label: order.map((node) => node.unit),
    first,
    ends: order.map((node) => Number(node.key !== -1)),
    keyOrder: order.filter((node) => node.key !== -1).map((node) => node.key),
    shallow: order.filter((node) => node.depth <= 2).length,
  };
}

/** Keys of a few units from a small alphabet, so they share prefixes and end inside each other: seeded, distinct. */
function randomKeys(count: number, seed: number): string[] {
  const alphabet = ['a', 'b', 'n', ' ', 'é', 'к', '\uD83D', '\uDE00', '\uFB00'];
  const keys = new Set<string>();
  let state = seed;
  const next = () => {
    state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0;
    return state >>> 8;
  };
  while (keys.size < count) {
    let key = '';
    for (let i = 0, length = 1 + (next() % 7); i < length; i++) key += alphabet[next() % alphabet.length];
    keys.add(key);
  }
  return [...keys];
}

/** The trie's arrays as plain lists, to compare with the reference. */
function built(keys: readonly string[]) {
  const trie = finish(trieSteps(keys));
  return {
    label: [...trie.label],
    first: [...trie.first],
    ends: [...trie.ends],
    keyOrder: [...trie.keyOrder],
    shallow: trie.shallow,
    count: trie.count,
  };
}

describe('trieSteps', () => {
  it('numbers a small trie breadth first, children by unit, each key at the node its units lead to', () => {
    const keys = ['nato', 'natal', 'un', 'united', 'unity', 'u', 'київ'];
    const trie = built(keys);
    expect(trie).toEqual({ ...reference(keys), count: trie.label.length });
    expect(trie.label.slice(0, 4)).toEqual([0, 0x6e, 0x75, 0x43a]);
    expect(trie.first[ROOT]).toBe(1);
    expect(trie.keyOrder[0]).toBe(keys.indexOf('u'));
  });

  it('orders children by UTF-16 unit, so a surrogate comes before a unit above it', () => {
    const keys = ['a\uFB00', 'a\uD83D\uDE00', 'ab'];
    const { label, first } = built(keys);
    const a = first[ROOT]!;
    expect(label.slice(first[a]!, first[a + 1]!)).toEqual([0x62, 0xd83d, 0xfb00]);
  });

  it('matches the plain build on thousands of keys that end inside each other, across its yields', () => {
    const keys = randomKeys(5000, 7);
    const trie = built(keys);
    expect(trie.count).toBeGreaterThan(8192);
    expect(trie).toEqual({ ...reference(keys), count: trie.count });
    const steps = trieSteps(keys);
    let yields = 0;
    while (!steps.next().done) yields++;
    expect(yields).toBeGreaterThan(1);
  });

  it('counts every node as shallow when no key is longer than two units, and builds a root alone for no key', () => {
    expect(built(['ab', 'b'])).toMatchObject({ shallow: 4, count: 4 });
    expect(built([])).toEqual({ label: [0], first: [1, 1], ends: [0], keyOrder: [], shallow: 1, count: 1 });
  });
});
