import { describe, expect, it } from 'vitest';
import { clampPage, firstRowWithError, pageCount, pageOf } from './row-pages';

describe('row pages', () => {
  it('counts pages of 50 rows, with one page for an empty list', () => {
    expect([0, 1, 50, 51, 5000].map(pageCount)).toEqual([1, 1, 1, 2, 100]);
    expect([0, 49, 50, 4999].map(pageOf)).toEqual([0, 0, 1, 99]);
  });

  it('keeps a page inside the list after rows were removed', () => {
    expect(clampPage(3, 120)).toBe(2);
    expect(clampPage(3, 0)).toBe(0);
    expect(clampPage(1, 120)).toBe(1);
  });

  it('finds the first row of a list with an error, ignoring warnings and other lists', () => {
    const issues = {
      'aliases.12.text': { level: 'error' as const },
      'aliases.3.text': { level: 'warning' as const },
      'aliases.7.text': { level: 'error' as const },
      'links.0.url': { level: 'error' as const },
    };
    expect(firstRowWithError('aliases', issues)).toBe(7);
    expect(firstRowWithError('facts', issues)).toBeNull();
  });
});
