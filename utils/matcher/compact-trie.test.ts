import { describe, expect, it } from 'vitest';
import { compactChildren } from './compact-trie';
import { firstIndexOf } from './first-index';
import { codeOf, nodeLabelsOf } from './node-labels';
import { finish } from './steps';
import { NONE, ROOT, trieSteps } from './trie';

const KEYS = ['nato', 'natal', 'un', 'united', 'unity', 'macron', 'kyiv', 'київ'];

/** The lookup over the built trie, by unit. */
function lookup() {
  const trie = finish(trieSteps(KEYS));
  const first = firstIndexOf(trie.count, (n) => trie.first[n + 1]! - trie.first[n]!, 1, trie.shallow);
  const labels = nodeLabelsOf(trie.label);
  const { near, deep } = compactChildren(labels.codes, first);
  const child = (node: number, unit: number) =>
    (node < trie.shallow ? near : deep)(node, codeOf(labels, unit));
  return { trie, child };
}

/** The node a key's units lead to from the root, or NONE where an edge is missing. */
function walk(child: (node: number, unit: number) => number, key: string): number {
  let node = ROOT;
  for (let i = 0; i < key.length && node !== NONE; i++) node = child(node, key.charCodeAt(i));
  return node;
}

describe('compactChildren', () => {
  it('leads each key to a node where a key ends, in the order the trie numbers them', () => {
    const { trie, child } = lookup();
    expect(trie.shallow).toBeGreaterThan(1);
    expect(trie.count).toBeGreaterThan(trie.shallow);
    const ending = KEYS.map((key) => walk(child, key));
    for (const node of ending) expect(trie.ends[node]).toBe(1);
    const byNode = [...ending.keys()].sort((a, b) => ending[a]! - ending[b]!);
    expect([...trie.keyOrder]).toEqual(byNode);
  });

  it('refuses edges the trie lacks, past the end of a key and off its path', () => {
    const { child } = lookup();
    expect(walk(child, 'natox')).toBe(NONE);
    expect(walk(child, 'unite')).not.toBe(NONE);
    expect(walk(child, 'unitz')).toBe(NONE);
    expect(walk(child, 'z')).toBe(NONE);
    expect(walk(child, 'ки')).not.toBe(NONE);
    expect(walk(child, 'кy')).toBe(NONE);
  });
});
