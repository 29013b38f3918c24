import { describe, expect, it } from 'vitest';
import { errorsWith } from '@/tests/helpers/minimal-pack';
import { MAX_ENTRY_PHRASES, patternPhraseCount, phraseFaults } from './pattern-rules';

const alias = (text: string) => ({ text, caseSensitive: false, needsContext: false });
const exact = (text: string) => ({ text, caseSensitive: true, needsContext: false });
const ALIAS = 'entries[0].aliases[0].text';
const COMMON =
  'a common word, which would be highlighted on almost every page: make the alias caseSensitive, written with its capitals, or change the pattern';

/** [path, refused value, the one message expected, a nearby accepted value] */
const rules: [string, unknown, string, unknown][] = [
  ['entries.0.aliases.0.text', '{UN mission', `${ALIAS}: { is never closed (character 1)`, '{UN} mission'],
  [
    'entries.0.aliases.0.text',
    'NATO|OTAN',
    `${ALIAS}: | separates options only inside { } or [ ] (character 5)`,
    '{NATO|OTAN}',
  ],
  [
    'entries.0.aliases.0.text',
    'AC\\DC',
    `${ALIAS}: \\ must come before one of { } [ ] | \\ (character 3)`,
    'AC\\\\DC',
  ],
  [
    'entries.0.aliases.0.text',
    '{a|b}{c|d}{e|f}{g|h}{i|j}{k|l|m} x',
    `${ALIAS}: expands to 96 phrases (at most 64): split it into several aliases`,
    '{a|b}{c|d}{e|f}{g|h}{i|j}{k|l} x',
  ],
  [
    'entries.0.aliases.0',
    alias('[the] {UN|ONU}'),
    `${ALIAS}: expands to "UN", ${COMMON}`,
    exact('[the] {UN|ONU}'),
  ],
  [
    'entries.0.aliases.0',
    alias('[Emmanuel ][Macron]'),
    `${ALIAS}: can expand to nothing`,
    alias('[Emmanuel ]Macron'),
  ],
  [
    'entries.0.aliases.0',
    alias('{Macron|...}'),
    `${ALIAS}: expands to "...", which has no letter or digit`,
    alias('Macron[...]'),
  ],
  [
    'entries.0.aliases.0',
    exact('{X|Y}[ Corp]'),
    `${ALIAS}: expands to "X", a single letter or digit, which would be highlighted on almost every page (and 1 more refused phrases)`,
    exact('{X|Y} Corp'),
  ],
];

describe('pattern rules in packs', () => {
  it.each(rules)('%s: refuses %j and accepts a nearby value', (path, bad, message, good) => {
    expect(errorsWith(path, bad)).toEqual([message]);
    expect(errorsWith(path, good)).toEqual([]);
  });

  it('accepts a pattern whose common words only appear inside longer phrases', () => {
    expect(errorsWith('entries.0.aliases.0', alias('[the ]coalition [of the ]willing'))).toEqual([]);
  });

  it(`bounds an entry's patterns to ${MAX_ENTRY_PHRASES} phrases together, not counting plain aliases`, () => {
    const sixteen = (n: number) => alias(`Macron ${n} {a|b}{c|d}{e|f}{g|h}`);
    const aliases = Array.from({ length: 62 }, (_, n) => sixteen(n));
    expect(patternPhraseCount(aliases)).toBe(992);
    const plain = Array.from({ length: 50 }, (_, n) => alias(`Macron ${n}`));
    expect(errorsWith('entries.0.aliases', [...aliases, ...plain])).toEqual([]);
    expect(
      errorsWith('entries.0.aliases', [
        ...aliases,
        alias('{Emmanuel|E.} Macron {I|II|III|IV|V|VI|VII|VIII|IX}'),
      ]),
    ).toEqual([
      'entries[0].aliases: patterns expand to 1,010 phrases in all (at most 1,000 per entry): narrow them',
    ]);
  });
});

describe('phraseFaults', () => {
  it('applies the alias rules to each phrase, with the case option of the alias', () => {
    expect(phraseFaults(['UN mission', 'UN', '', '—', 'x'], false)).toEqual([
      { phrase: 'UN', kind: 'common' },
      { phrase: '', kind: 'empty' },
      { phrase: '—', kind: 'punctuation' },
      { phrase: 'x', kind: 'single' },
    ]);
    expect(phraseFaults(['UN mission', 'UN'], true)).toEqual([]);
  });
});
