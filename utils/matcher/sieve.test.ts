import { describe, expect, it } from 'vitest';
import { TEST_ALIASES } from '@/tests/helpers/engine-env';
import { compileMatcher } from './compile-matcher';
import { isBlank } from './sieve';

const matcher = compileMatcher(TEST_ALIASES);

/** Feeds the pieces to one sieve, resetting at each null, and says which were kept. */
function kept(pieces: (string | null)[]): boolean[] {
  const sieve = matcher.sieve();
  const out: boolean[] = [];
  for (const piece of pieces) {
    if (piece === null) sieve.reset();
    else out.push(sieve.feed(piece));
  }
  return out;
}

describe('sieve', () => {
  it('keeps a piece that ends a name, folded as the matcher folds it', () => {
    expect(kept(['Président MACRON.', 'nothing'])).toEqual([true, false]);
    expect(kept(['Nations Unies', 'the United Nations'])).toEqual([false, true]);
  });

  it('keeps the last piece of a name split over pieces, whitespace runs included', () => {
    expect(kept(['the coalition', '  \n ', 'of the', ' willing'])).toEqual([false, false, false, true]);
  });

  it('reads a blank piece as the one space the fold makes of it, and an invisible one as nothing', () => {
    expect(kept(['Multinational Force', '\n\t ', 'Ukraine'])).toEqual([false, false, true]);
    expect(kept(['Multinational Force', '\u00a0', 'Ukraine'])).toEqual([false, false, true]);
    expect(kept(['Multinational', '\r\n', '\n', 'Force Ukraine'])).toEqual([false, false, false, true]);
    expect(kept(['Macro', '\u200b', 'n'])).toEqual([false, false, true]);
    expect(kept(['Macro', '', 'n'])).toEqual([false, false, true]);
    expect(kept(['Macro', '\n', 'n'])).toEqual([false, false, false]);
  });

  it('calls blank only what CSS collapses: spaces, tabs and line breaks, not a no-break space', () => {
    expect([' \t\n\f\r', '', '\u00a0', ' x '].map(isBlank)).toEqual([true, true, false, false]);
  });

  it('drops a piece whose key sits inside a word, checked within the piece', () => {
    expect(kept(['under', 'a fun run', 'UNESCO'])).toEqual([false, false, false]);
    expect(kept(['Paris', 'UN'])).toEqual([false, true]);
  });

  it('keeps a key whose word edge falls outside the piece, since another block may be there', () => {
    expect(kept(['Macro', 'n'])).toEqual([false, true]);
  });

  it('starts afresh after a reset', () => {
    expect(kept(['Multinational Force', null, 'Ukraine'])).toEqual([false, false]);
    expect(kept(['Multinational Force', ' Ukraine'])).toEqual([false, true]);
  });
});
