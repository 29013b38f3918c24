import { describe, expect, it, vi } from 'vitest';
import { minimalPack, problemsOf, STAMP } from '@/tests/helpers/minimal-pack';
import type { Pack } from './pack';
import { MAX_PACK_CHARS, parsePack } from './pack-parse';
import { MAX_ERRORS } from './schema/issues';

const NOW = 1_750_000_000_000;
const text = (value: unknown) => JSON.stringify(value);
const errorsOf = (input: string) => problemsOf(input, NOW);

describe('the envelope', () => {
  it('refuses text that is not JSON, naming the parser problem', () => {
    const [error] = errorsOf('{"format": ');
    expect(error).toMatch(/^Not JSON: \S/);
    expect(errorsOf('')).toHaveLength(1);
    expect(errorsOf(text(minimalPack()))).toEqual([]);
  });

  it('refuses JSON that is not an object', () => {
    expect(errorsOf('[]')).toEqual(['Pack must be a JSON object']);
    expect(errorsOf('null')).toEqual(['Pack must be a JSON object']);
  });

  it('refuses another format before looking at anything else', () => {
    const expected = ['format: must be "fact-linker-pack" (this is not a Fact Linker pack)'];
    expect(errorsOf(text({ ...minimalPack(), format: 'other-pack', entries: 'junk' }))).toEqual(expected);
    expect(errorsOf(text({ name: 'package.json' }))).toEqual(expected);
  });

  it('names an unsupported version plainly', () => {
    expect(errorsOf(text({ ...minimalPack(), version: 3 }))).toEqual([
      'Pack version 3 is not supported (this build reads versions 1 and 2)',
    ]);
    expect(errorsOf(text({ ...minimalPack(), version: '2' }))).toEqual(['version: must be the number 2']);
    expect(errorsOf(text({ ...minimalPack(), version: 2 }))).toEqual([]);
    expect(errorsOf(text({ ...minimalPack(), version: 1 }))).toEqual([]);
  });

  it('refuses an oversized text before parsing it, and accepts one at the limit', () => {
    const parse = vi.spyOn(JSON, 'parse');
    const huge = text(minimalPack()).padEnd(20 * 1024 * 1024, ' ');
    expect(errorsOf(huge)).toEqual(['Pack is too large: 20.0 MB (the limit is 10 MB)']);
    expect(parse).not.toHaveBeenCalled();
    parse.mockRestore();
    expect(errorsOf(text(minimalPack()).padEnd(MAX_PACK_CHARS, ' '))).toEqual([]);
  });
});

describe('stamps', () => {
  it('fills missing stamps with now, now and revision 1', () => {
    const pack = minimalPack();
    const { createdAt, updatedAt, rev, ...bare } = pack.entries[0]!;
    const result = parsePack(text({ ...pack, entries: [bare, ...pack.entries.slice(1)] }), NOW);
    expect(result.ok && result.value.entries[0]).toMatchObject({ createdAt: NOW, updatedAt: NOW, rev: 1 });
    expect(result.ok && result.value.entries[1]).toMatchObject({
      createdAt: STAMP,
      updatedAt: STAMP,
      rev: 1,
    });
  });

  it('keeps present stamps, so export, parse and export again is identical', () => {
    const pack: Pack = minimalPack();
    pack.stances[0] = { ...pack.stances[0]!, createdAt: 5, updatedAt: 9, rev: 3 };
    const first = parsePack(text(pack), NOW);
    expect(first.ok && text(first.value)).toBe(text(pack));
    const second = first.ok ? parsePack(text(first.value), NOW + 1) : first;
    expect(second).toEqual(first);
  });
});

describe('problems', () => {
  const withBadNames = (count: number) => {
    const pack = minimalPack();
    const bad = Array.from({ length: count }, (_, i) => ({ ...pack.entries[3]!, id: `e${i}`, name: '' }));
    return text({ ...pack, entries: [...pack.entries, ...bad] });
  };

  it(`lists up to ${MAX_ERRORS} problems and counts the rest`, () => {
    const errors = errorsOf(withBadNames(MAX_ERRORS + 12));
    expect(errors).toHaveLength(MAX_ERRORS + 1);
    expect(errors[0]).toBe('entries[4].name: must not be empty');
    expect(errors[MAX_ERRORS]).toBe('…and 12 more');
  });

  it('returns every problem as data, with its path, however many there are', () => {
    const result = parsePack(withBadNames(MAX_ERRORS + 12), NOW);
    if (result.ok) throw new Error('expected problems');
    expect(result.issues).toHaveLength(MAX_ERRORS + 12);
    expect(result.issues.at(-1)).toEqual({
      path: ['entries', MAX_ERRORS + 15, 'name'],
      message: 'must not be empty',
    });
  });

  it(`lists exactly ${MAX_ERRORS} problems in full`, () => {
    const errors = errorsOf(withBadNames(MAX_ERRORS));
    expect(errors).toHaveLength(MAX_ERRORS);
    expect(errors.at(-1)).toBe(`entries[${MAX_ERRORS + 3}].name: must not be empty`);
  });
});
