import { describe, expect, it } from 'vitest';
import { pluralCategory } from './plural';

describe('pluralCategory', () => {
  it('gives English two forms: one for 1 only', () => {
    expect([0, 1, 2, 21].map((n) => pluralCategory('en', n))).toEqual(['other', 'one', 'other', 'other']);
  });

  it('counts 0 and 1 as singular in French, and a million as "many"', () => {
    expect([0, 1, 2, 1_000_000].map((n) => pluralCategory('fr', n))).toEqual(['one', 'one', 'other', 'many']);
  });

  it('gives Ukrainian one (1, 21), few (2–4, 22) and many (0, 5–20, 111)', () => {
    expect([1, 21, 2, 4, 22, 0, 5, 11, 12, 111].map((n) => pluralCategory('uk', n))).toEqual([
      'one',
      'one',
      'few',
      'few',
      'few',
      'many',
      'many',
      'many',
      'many',
      'many',
    ]);
  });
});
