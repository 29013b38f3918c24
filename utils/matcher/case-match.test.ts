import { describe, expect, it } from 'vitest';
import { spanHasCase } from './case-match';

describe('spanHasCase', () => {
  it('compares plain ASCII spans in place, case and length included', () => {
    expect(spanHasCase('the UN said', 4, 6, 'UN')).toBe(true);
    expect(spanHasCase('un accord', 0, 2, 'UN')).toBe(false);
    expect(spanHasCase('UNs', 0, 3, 'UN')).toBe(false);
  });

  it('folds spans with diacritics, apostrophes or spaces before comparing', () => {
    expect(spanHasCase('ÉU', 0, 2, 'EU')).toBe(true);
    expect(spanHasCase('Éu', 0, 2, 'EU')).toBe(false);
    expect(spanHasCase('New\u00a0York', 0, 8, 'New York')).toBe(true);
    expect(spanHasCase('O`Neil', 0, 6, "O'Neil")).toBe(true);
  });
});
