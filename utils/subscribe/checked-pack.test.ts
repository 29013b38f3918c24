import { describe, expect, it } from 'vitest';
import { fakeFetch } from '@/tests/helpers/fake-fetch';
import { minimalPack } from '@/tests/helpers/minimal-pack';
import { fetchPack } from './checked-pack';

const URL_ = 'https://packs.example.org/peace.json';
const none = { etag: null, lastModified: null };
const NOW = Date.UTC(2026, 11, 2);

describe('fetchPack', () => {
  it('gives a valid pack with its validators', async () => {
    const { fetcher } = fakeFetch({ body: JSON.stringify(minimalPack()), headers: { etag: '"v1"' } });
    const fetched = await fetchPack(fetcher, URL_, none, NOW);
    expect(fetched).toMatchObject({ status: 'changed', etag: '"v1"', lastModified: null });
    expect(fetched.status === 'changed' && fetched.pack.entries.map((entry) => entry.id)).toEqual([
      'macron',
      'france',
      'un-mission',
      'nato',
    ]);
  });

  it('passes a 304 through without reading anything', async () => {
    const { fetcher } = fakeFetch({ status: 304 });
    expect(await fetchPack(fetcher, URL_, { etag: '"v1"', lastModified: null }, NOW)).toEqual({
      status: 'unchanged',
    });
  });

  it('refuses a broken or hostile pack with every reason, as an import does', async () => {
    const hostile = minimalPack() as unknown as Record<string, unknown>;
    hostile.facts = [
      { ...minimalPack().facts[0], entryIds: ['nobody'], script: '<script>alert(1)</script>' },
    ];
    const cases = [
      ['{"format": "fact-linker-pack",', 'The pack is refused:\nNot JSON'],
      ['{"format": "something-else"}', 'this is not a Fact Linker pack'],
      [JSON.stringify(hostile), 'facts[0].entryIds[0]: no entry "nobody"'],
    ];
    for (const [body, reason] of cases) {
      const { fetcher } = fakeFetch({ body });
      await expect(fetchPack(fetcher, URL_, none, NOW)).rejects.toThrow(reason);
    }
  });
});
