import { describe, expect, it } from 'vitest';
import { joinEntryIds } from '@/utils/matcher/entry-ids';
import { entryNamer, numberedIds, numberingBase } from './entry-numbering';

const numbering = (epoch: string, ids: string[]) => ({ epoch, ids: joinEntryIds(ids) });

describe('numberingBase', () => {
  it('goes on from the last numbering, in its epoch', () => {
    expect(numberingBase(numbering('e1', ['macron', 'un']), 2)).toEqual({
      epoch: 'e1',
      ids: ['macron', 'un'],
    });
    expect(numberingBase(numbering('e1', []), 0)).toEqual({ epoch: 'e1', ids: [] });
  });

  it('starts afresh, in a new epoch each time, with no numbering or once most numbers name entries gone', () => {
    const fresh = numberingBase(null, 5);
    expect(fresh.ids).toEqual([]);
    expect(fresh.epoch).not.toBe(numberingBase(null, 5).epoch);
    const ids = Array.from({ length: 1_034 }, (_, i) => `e${i}`);
    expect(numberingBase(numbering('e1', ids), 5).epoch).toBe('e1');
    const restarted = numberingBase(numbering('e1', [...ids, 'one-more']), 5);
    expect(restarted.ids).toEqual([]);
    expect(restarted.epoch).not.toBe('e1');
  });
});

describe('entryNamer', () => {
  it('reads numbers as the ids they were given, in order, repeats included', () => {
    const named = entryNamer(numbering('e1', ['macron', 'un', 'nato']));
    expect(named('e1', [2, 0, 2])).toEqual(['nato', 'macron', 'nato']);
    expect(named('e1', [])).toEqual([]);
  });

  it('refuses numbers of another epoch and numbers it never gave', () => {
    const named = entryNamer(numbering('e1', ['macron', 'un']));
    expect(() => named('e2', [0])).toThrow(/did not number/);
    expect(() => named('e1', [2])).toThrow(/No entry is numbered 2/);
    expect(() => named('e1', [-1])).toThrow(/No entry is numbered -1/);
  });
});

describe('numberedIds', () => {
  it('splits a numbering into its ids, and none into none', () => {
    expect(numberedIds(joinEntryIds(['macron', 'un']))).toEqual(['macron', 'un']);
    expect(numberedIds(joinEntryIds([]))).toEqual([]);
  });
});
