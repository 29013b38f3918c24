import { describe, expect, it } from 'vitest';
import { isTitleCase, namesInTitleCase } from './title-case';
import type { Occurrence } from './types';

describe('isTitleCase', () => {
  it('tells a headline that capitalises every word from one in sentence case', () => {
    expect(isTitleCase('U.S. Joins Coalition of the Willing as Zelenskyy Sees Positive Signal')).toBe(true);
    expect(isTitleCase('Moscow satisfied with results of peace talks in Istanbul')).toBe(false);
  });
});

describe('namesInTitleCase', () => {
  it('keeps only the names the text names elsewhere, longest first', () => {
    const words = ['Zelenskyy', 'Sees', 'Positive', 'Signal', 'From', 'Donald', 'Trump'];
    const run: Occurrence = {
      form: words.join(' '),
      words,
      block: 0,
      role: 'headline',
      initial: true,
      titled: false,
    };
    const found = namesInTitleCase(run, new Set(['zelenskyy', 'trump', 'donald trump']));
    expect(found.map((each) => each.form)).toEqual(['Zelenskyy', 'Donald Trump']);
    expect(namesInTitleCase(run, new Set())).toEqual([]);
  });
});
