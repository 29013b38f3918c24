import { describe, expect, it } from 'vitest';
import { errorsWith } from '@/tests/helpers/minimal-pack';
import { hasBidiControl, isInvisible, weakAlias, wordCharacterCount } from './alias-rules';

const BIDI =
  'must not contain text-direction control characters (U+200E, U+200F, U+061C, U+202A–U+202E, U+2066–U+2069)';
const SINGLE = 'is a single letter or digit, which would be highlighted on almost every page';
const COMMON =
  'is a common word, which would be highlighted on almost every page: make it caseSensitive, written with its capitals, or remove it';
const alias = (text: string) => ({ text, caseSensitive: false, needsContext: false });
const exact = (text: string) => ({ text, caseSensitive: true, needsContext: false });
const ALIAS = 'entries[0].aliases[0].text';

/** [path, refused value, the one message expected, a nearby accepted value] */
const rules: [string, unknown, string, unknown][] = [
  ['entries.0.aliases.0.text', 'Macron\u202E', `${ALIAS}: ${BIDI}`, 'Macron'],
  ['entries.0.aliases.0.text', '\u200FMacron', `${ALIAS}: ${BIDI}`, 'Макрон'],
  ['entries.0.aliases.0.text', '\u2067Macron\u2069', `${ALIAS}: ${BIDI}`, 'ماكرون'],
  ['entries.0.name', 'Emmanuel \u202DMacron', `entries[0].name: ${BIDI}`, 'Emmanuel Macron'],
  ['entries.0.name', '\u061CMacron', `entries[0].name: ${BIDI}`, 'Macron'],
  ['entries.0.aliases.0.text', '\u200B\u200D', `${ALIAS}: must not be empty`, 'Ma\u00ADcron'],
  ['entries.0.aliases.0.text', ' \u2060\u00AD ', `${ALIAS}: must not be empty`, ' Macron '],
  ['entries.0.name', '\uFEFF\u200C', 'entries[0].name: must not be empty', 'E\u200CM'],
  ['entries.0.aliases.0.text', '...', `${ALIAS}: must contain a letter or a digit`, 'U.N.'],
  ['entries.0.aliases.0.text', '—', `${ALIAS}: must contain a letter or a digit`, 'G7'],
  ['entries.0.aliases.0', alias('a'), `${ALIAS}: ${SINGLE}`, alias('AB')],
  ['entries.0.aliases.0', exact('X'), `${ALIAS}: ${SINGLE}`, exact('X5')],
  ['entries.0.aliases.0', alias('7'), `${ALIAS}: ${SINGLE}`, alias('G7')],
  ['entries.0.aliases.0', exact('É.'), `${ALIAS}: ${SINGLE}`, exact('ÉU')],
  ['entries.0.aliases.0', alias('the'), `${ALIAS}: ${COMMON}`, alias('the French president')],
  ['entries.0.aliases.0', alias(' De '), `${ALIAS}: ${COMMON}`, alias('Dee')],
  ['entries.0.aliases.0', alias('UN'), `${ALIAS}: ${COMMON}`, exact('UN')],
  ['entries.0.aliases.0', alias('et'), `${ALIAS}: ${COMMON}`, exact('ET')],
  ['entries.0.aliases.0', exact('de'), `${ALIAS}: ${COMMON}`, exact('De')],
];

describe('alias and name rules in packs', () => {
  it.each(rules)('%s: refuses %j and accepts a nearby value', (path, bad, message, good) => {
    expect(errorsWith(path, bad)).toEqual([message]);
    expect(errorsWith(path, good)).toEqual([]);
  });

  it('reports an empty alias once, not also as invisible or punctuation', () => {
    expect(errorsWith('entries.0.aliases.0.text', '')).toEqual([`${ALIAS}: must not be empty`]);
  });

  it('refuses a weak exclusion too: only the options decide, not whether it highlights', () => {
    const shield = { ...alias('of'), exclude: true };
    expect(errorsWith('entries.0.aliases.0', shield)).toEqual([`${ALIAS}: ${COMMON}`]);
  });
});

describe('alias rule predicates', () => {
  it('finds bidi controls and only them', () => {
    expect(hasBidiControl('a\u202Eb')).toBe(true);
    expect(hasBidiControl('שלום Macron')).toBe(false);
  });

  it('sees text made only of zero-width characters and spaces as invisible', () => {
    expect(isInvisible('\u200B \u2060\uFEFF\u00AD')).toBe(true);
    expect(isInvisible('\u200Bx')).toBe(false);
  });

  it('counts letters and digits in any script', () => {
    expect(wordCharacterCount('ООН-2')).toBe(4);
    expect(wordCharacterCount('?!…')).toBe(0);
  });

  it('calls an alias weak by what makes it so', () => {
    expect(weakAlias(alias('a'))).toBe('single');
    expect(weakAlias(alias('LES'))).toBe('common');
    expect(weakAlias(exact('LES'))).toBeNull();
    expect(weakAlias(exact('les'))).toBe('common');
    expect(weakAlias(alias('Lesotho'))).toBeNull();
  });
});
