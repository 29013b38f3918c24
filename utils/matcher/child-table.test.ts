import { describe, expect, it } from 'vitest';
import { ChildTable, NONE } from './child-table';

/** A table of `n` nodes where node i > 0 is the child of node `i % 7` along unit `i * 31 % 65536`. */
function table(n: number): ChildTable {
  const label = new Uint16Array(n);
  const parent = new Int32Array(n);
  const edges = new ChildTable(label, parent);
  for (let i = 1; i < n; i++) {
    label[i] = (i * 31) % 65536;
    parent[i] = i % 7;
    edges.add(i);
  }
  return edges;
}

describe('ChildTable', () => {
  it('finds every child among thousands sharing a few parents', () => {
    const edges = table(5000);
    for (let i = 1; i < 5000; i++) {
      expect(edges.get(i % 7, (i * 31) % 65536)).toBe(i);
    }
  });

  it('refuses edges that are not there, even when the filter bit is set', () => {
    const edges = table(100);
    expect(edges.get(1, 1 * 31 + 32)).toBe(NONE);
    expect(edges.get(2, 1 * 31)).toBe(NONE);
    expect(edges.get(99, 5)).toBe(NONE);
  });
});
