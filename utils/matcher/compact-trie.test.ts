import { describe, expect, it } from 'vitest';
import { compactChild, compactTrieSteps } from './compact-trie';
import { firstIndexOf } from './first-index';
import { codeOf, nodeLabelsOf } from './node-labels';
import { finish } from './steps';
import { ROOT, trieSteps } from './trie';

const KEYS = ['nato', 'natal', 'un', 'united', 'unity', 'macron', 'kyiv', 'київ'];

function compacted() {
  const trie = finish(trieSteps(KEYS));
  const compact = finish(compactTrieSteps(trie.label, trie.parent, trie.count));
  const first = firstIndexOf(trie.count, (n) => compact.first[n + 1]! - compact.first[n]!);
  const labels = nodeLabelsOf(compact.label);
  const byCode = compactChild(labels.codes, first);
  return { trie, compact, child: (node: number, unit: number) => byCode(node, codeOf(labels, unit)) };
}

/** The node a key's units lead to from the root, or -1 where an edge is missing. */
function walk(child: (node: number, unit: number) => number, key: string): number {
  let node = ROOT;
  for (let i = 0; i < key.length && node !== -1; i++) node = child(node, key.charCodeAt(i));
  return node;
}

describe('compactTrieSteps', () => {
  it('keeps every edge of the trie, each key ending at the renumbered node of the old one', () => {
    const { trie, compact, child } = compacted();
    const byOld = (key: string) => {
      let node = ROOT;
      for (let i = 0; i < key.length; i++)
        node = node === ROOT ? trie.rootTable[key.charCodeAt(i)]! : trie.edges.get(node, key.charCodeAt(i));
      return node;
    };
    for (const key of KEYS) expect(walk(child, key)).toBe(compact.newOf[byOld(key)]);
    expect(compact.oldOf[compact.newOf[byOld('united')]!]).toBe(byOld('united'));
  });

  it('refuses edges the trie lacks, past the end of a key and off its path', () => {
    const { child } = compacted();
    expect(walk(child, 'natox')).toBe(-1);
    expect(walk(child, 'unite')).not.toBe(-1);
    expect(walk(child, 'unitz')).toBe(-1);
    expect(walk(child, 'z')).toBe(-1);
    expect(walk(child, 'ки')).not.toBe(-1);
    expect(walk(child, 'кy')).toBe(-1);
  });

  it('numbers breadth first: children consecutive and by label, shallow nodes first, one sentinel at the end', () => {
    const { trie, compact } = compacted();
    const { first, label } = compact;
    expect(first[trie.count]).toBe(trie.count);
    for (let n = 0; n < trie.count; n++) {
      expect(first[n + 1]!).toBeGreaterThanOrEqual(first[n]!);
      for (let c = first[n]! + 1; c < first[n + 1]!; c++) expect(label[c]!).toBeGreaterThan(label[c - 1]!);
    }
    const depth = (node: number): number => (node === 0 ? 0 : 1 + depth(trie.parent[node]!));
    for (let n = 0; n < trie.shallow; n++) expect(depth(compact.oldOf[n]!)).toBeLessThanOrEqual(2);
    for (let n = trie.shallow; n < trie.count; n++) expect(depth(compact.oldOf[n]!)).toBeGreaterThan(2);
  });
});
