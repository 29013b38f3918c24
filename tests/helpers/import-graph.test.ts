import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importGraph } from './import-graph';

const root = join(import.meta.dirname, '../..');
const fixture = (name: string) => join(root, 'tests/fixtures/import-graph', name);

describe('importGraph', () => {
  it('carries what is imported or re-exported for a value, and the packages those files use', () => {
    const graph = importGraph(fixture('entry.ts'), root);
    expect(graph.files).toEqual(
      ['entry.ts', 'lazy.ts', 'typed-specifiers.ts', 'used.ts'].map(
        (name) => `tests/fixtures/import-graph/${name}`,
      ),
    );
    expect(graph.packages).toEqual(['valibot']);
  });

  it('leaves out files reached only through `import type`, `type` specifiers or `typeof import(…)`', () => {
    const { files } = importGraph(fixture('entry.ts'), root);
    for (const name of ['type-only.ts', 'hidden.ts', 'never.ts'])
      expect(files).not.toContain(`tests/fixtures/import-graph/${name}`);
  });

  it('starts from a leaf with nothing but itself', () => {
    expect(importGraph(fixture('never.ts'), root)).toEqual({
      files: ['tests/fixtures/import-graph/never.ts'],
      packages: [],
    });
  });
});
