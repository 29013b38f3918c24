import { describe, expect, it } from 'vitest';
import { minimalPack } from '@/tests/helpers/minimal-pack';
import { readChunk } from './staged-chunk';

const NOW = Date.UTC(2030, 0, 1);
const entries = minimalPack().entries;
const place = { collection: 'entries' as const, from: 5, received: 5, announced: 20, chars: 0 };

describe('readChunk', () => {
  it('checks every record of a chunk, keeping them as sent', () => {
    const read = readChunk(JSON.stringify(entries), place, NOW);
    expect(read).toMatchObject({ ok: true, records: entries, issues: [] });
    expect(read.ok && read.checked.map((entry) => (entry as { id: string }).id)).toEqual(
      entries.map(({ id }) => id),
    );
  });

  it('names a bad record by its place in the whole list, not in the chunk', () => {
    const broken = entries.map((entry, i) => (i === 1 ? { ...entry, name: '' } : entry));
    const read = readChunk(JSON.stringify(broken), place, NOW);
    expect(read).toMatchObject({ ok: true, checked: [], issues: [{ path: ['entries', 6, 'name'] }] });
  });

  it.each([
    [
      'a chunk that does not follow the last',
      { ...place, received: 4 },
      /entries chunk at 5 came out of order/,
    ],
    ['more records than announced', { ...place, announced: 6 }, /more entries than announced/],
    ['a chunk past the whole pack limit', { ...place, chars: 10 * 1024 * 1024 }, /over its size limit/],
  ])('refuses %s', (_name, where, reason) => {
    const read = readChunk(JSON.stringify(entries), where, NOW);
    expect(read.ok).toBe(false);
    expect(read.ok ? '' : read.reason).toMatch(reason);
  });
});
