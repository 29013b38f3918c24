import { describe, expect, it } from 'vitest';
import { largePackText } from '@/tests/helpers/large-pack';
import { minimalPack } from '@/tests/helpers/minimal-pack';
import { CHUNK_CHARS, chunkPack } from './pack-chunks';

describe('chunkPack', () => {
  it('splits every list into ordered chunks under the limit that together hold every record once', () => {
    const text = largePackText(6000);
    const split = chunkPack(text);
    if (!split.ok) throw new Error('refused');
    const { head, counts, chunks } = split.value;
    expect(counts).toEqual({ entries: 6004, facts: 1, stances: 1 });
    expect(head).toMatchObject({ title: 'Fixture', entries: [], facts: [], stances: [] });
    expect(chunks.filter((chunk) => chunk.collection === 'entries').length).toBeGreaterThan(1);
    for (const chunk of chunks) expect(chunk.text.length).toBeLessThanOrEqual(CHUNK_CHARS);
    const original = JSON.parse(text);
    for (const collection of ['entries', 'facts', 'stances'] as const) {
      const mine = chunks.filter((chunk) => chunk.collection === collection);
      let next = 0;
      for (const chunk of mine) {
        expect(chunk.from).toBe(next);
        next += JSON.parse(chunk.text).length;
      }
      expect(mine.flatMap((chunk) => JSON.parse(chunk.text))).toEqual(original[collection]);
    }
  });

  it('refuses what is not a pack before any chunk is made, as reading a pack does', () => {
    expect(chunkPack('{"format":"fact-linker-pack"').ok).toBe(false);
    const other = chunkPack(JSON.stringify({ ...minimalPack(), version: 9 }));
    expect(other.ok ? [] : other.issues.map((issue) => issue.message)).toEqual([
      'Pack version 9 is not supported (this build reads versions 1 and 2)',
    ]);
  });

  it('leaves a list that is not a list in the head for the background to name', () => {
    const split = chunkPack(JSON.stringify({ ...minimalPack(), facts: 'none' }));
    expect(split.ok && split.value.head.facts).toBe('none');
    expect(split.ok && split.value.counts.facts).toBe(0);
  });

  it('refuses a record too large for one chunk, naming it', () => {
    const text = largePackText(1, (pack) => {
      (pack.entries[4] as { summary: string }).summary = 'x'.repeat(CHUNK_CHARS);
    });
    const split = chunkPack(text);
    expect(split.ok ? [] : split.issues).toEqual([{ path: ['entries', 4], message: 'is larger than 1 MB' }]);
  });
});
