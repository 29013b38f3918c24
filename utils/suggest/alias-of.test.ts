import { describe, expect, it } from 'vitest';
import { blankEntry, type Entry, type Kind } from '@/utils/model';
import { aliasFinder } from './alias-of';

function entry(id: string, kind: Kind, name: string, aliases: string[] = [], exclude: string[] = []): Entry {
  return {
    ...blankEntry(id, kind, name),
    aliases: [
      ...aliases.map((text) => ({ text, caseSensitive: false, needsContext: false })),
      ...exclude.map((text) => ({ text, caseSensitive: false, needsContext: false, exclude: true })),
    ],
  };
}

const find = aliasFinder([
  entry('zelensky', 'person', 'Volodymyr Zelensky', ['Zelensky']),
  entry('starmer', 'person', 'Keir Starmer', ['Starmer']),
  entry('paris', 'country', 'Paris'),
  entry('iran', 'country', 'Iran'),
  entry('france', 'country', 'France', [], ['Air France']),
  entry('plan', 'mission', 'UN mission', ['{UN|U.N.}[-led] mission']),
  entry('miliband-ed', 'person', 'Ed Miliband'),
  entry('miliband-david', 'person', 'David Miliband'),
]);

describe('aliasFinder', () => {
  it('finds another spelling of a known name', () => {
    expect(find(['Zelenskyy'])).toEqual({ id: 'zelensky', name: 'Volodymyr Zelensky' });
    expect(find(['Volodymyr Zelenskyy'])?.id).toBe('zelensky');
    expect(find(['Zelenskiy'])?.id).toBe('zelensky');
  });

  it('finds part of a person’s name after a title', () => {
    expect(find(['Sir Keir'])).toEqual({ id: 'starmer', name: 'Keir Starmer' });
  });

  it('does not tie a longer name, a short look-alike or an excluded phrase to an entry', () => {
    expect(find(['Paris Declaration'])).toBeNull();
    expect(find(['Iraq'])).toBeNull();
    expect(find(['Air France'])).toBeNull();
    expect(find(['Keir Hardie'])).toBeNull();
  });

  it('reads a pattern alias as its phrases', () => {
    expect(find(['UN-led missions'])?.id).toBe('plan');
  });

  it('gives no answer when two entries fit', () => {
    expect(find(['Miliband'])).toBeNull();
  });

  it('ignores a form the knowledge base already spells, which only a split can have brought here', () => {
    expect(find(['Air Frankia', 'France'])).toBeNull();
  });
});
