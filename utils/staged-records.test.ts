import { describe, expect, it } from 'vitest';
import { minimalPack } from '@/tests/helpers/minimal-pack';
import { chunkPack } from './pack-chunks';
import { openStaging, recordsOf, stageChunk, stagedCount } from './staged-records';

const NOW = Date.UTC(2030, 0, 1);

/** The minimal pack cut into its envelope and chunks, as the popup sends it. */
function split() {
  const chunked = chunkPack(JSON.stringify(minimalPack()));
  if (!chunked.ok) throw new Error('not a pack');
  return chunked.value;
}

describe('staged records', () => {
  it('takes an id only for an envelope that passed', () => {
    const ids: string[] = [];
    const newId = () => {
      ids.push(`id-${ids.length}`);
      return ids.at(-1)!;
    };
    const { head, counts } = split();
    expect(() => openStaging({ ...head, extra: 1 }, counts, NOW, newId)).toThrow('extra');
    expect(ids).toEqual([]);
    expect(openStaging(head, counts, NOW, newId).id).toBe('id-0');
  });

  it('stages nothing from a chunk out of place, and everything from the ones in place', () => {
    const { head, counts, chunks } = split();
    const staging = openStaging(head, counts, NOW, () => 'one');
    const first = chunks[0]!;
    expect(stageChunk(staging, first.collection, first.from + 1, first.text)).toMatch(/\S/);
    expect(stagedCount(staging)).toBe(0);
    expect(staging.chars).toBe(0);
    for (const { collection, from, text } of chunks)
      expect(stageChunk(staging, collection, from, text)).toBeNull();
    expect(stagedCount(staging)).toBe(counts.entries + counts.facts + counts.stances);
    const { records, issues } = recordsOf(staging);
    expect(issues).toEqual([]);
    expect(records.entries.map((entry) => entry.id)).toEqual(minimalPack().entries.map((entry) => entry.id));
  });

  it('refuses to hand over records before every announced one arrived', () => {
    const { head, counts, chunks } = split();
    const staging = openStaging(head, counts, NOW, () => 'one');
    const first = chunks[0]!;
    stageChunk(staging, first.collection, first.from, first.text);
    expect(() => recordsOf(staging)).toThrow(/did not all arrive/);
  });
});
