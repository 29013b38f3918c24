import { describe, expect, it } from 'vitest';
import { namedMatcher } from '@/tests/helpers/named-matcher';
import type { AliasRecord } from '@/utils/model';

/** [text, caseSensitive, exclude]: exclusions shield what they cover, and lose to a real alias spelled alike. */
const ALIASES: [string, boolean, boolean?][] = [
  ['UN', true],
  ['EU', true],
  ['US', true],
  ['us', false, true],
  ['UN Secretary-General', false],
  ['Macron', false],
  ['Emmanuel Macron', false],
  ['Starmer', false],
  ['Keir Starmer', false],
  ['António Guterres', false],
  ['Kukuła', false],
  ['Макрон', false],
  ['Nations unies', false],
  ['Royaume-Uni', false],
  ['coalition of the willing', false],
  ['UN-led mission', false],
  ['Mission', false, true],
  ['mission', false],
  ['UN-led', false, true],
  ['Nations', false, true],
];
/** Each record names an entry of its own, so a hit's entry says which record it resolved to. */
const RECORDS: AliasRecord[] = ALIASES.map(([text, caseSensitive, exclude = false], i) => ({
  entryId: `e${i}`,
  family: 'actor',
  generic: false,
  alias: { text, caseSensitive, needsContext: i % 3 === 0, exclude },
}));
const NOISE = [
  'the',
  'said',
  'pro-',
  'FUN',
  'UNESCO',
  'a',
  ',',
  '.',
  'Ł',
  'é',
  '安',
  'ist',
  'Un',
  'willing',
  '’s',
];
const SEPARATORS = [' ', ' ', '', '-', '\n', '\u00a0', '  '];

/** Deterministic PRNG (mulberry32) so failures reproduce. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function mutate(alias: string, rnd: () => number): string {
  let text = rnd() < 0.3 ? alias.toUpperCase() : rnd() < 0.3 ? alias.toLowerCase() : alias;
  if (rnd() < 0.3) text = text.normalize('NFD').replace(/\p{M}/gu, '').replace('ł', 'l');
  if (rnd() < 0.3) text = text.replace(' ', rnd() < 0.5 ? '\u00a0' : '\n  ');
  if (rnd() < 0.2) {
    const at = 1 + Math.floor(rnd() * (text.length - 1));
    text = `${text.slice(0, at)}\u00ad${text.slice(at)}`;
  }
  return text;
}

function randomText(rnd: () => number): string {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  let text = '';
  for (let n = 5 + Math.floor(rnd() * 25); n > 0; n--) {
    text += rnd() < 0.5 ? mutate(pick(ALIASES)[0], rnd) : pick(NOISE);
    text += pick(SEPARATORS);
  }
  return text;
}

/** Naive folding: whole code points, String.normalize each time, origin offsets kept in a plain array. */
function naiveFold(text: string, lower: boolean): { folded: string; origin: number[] } {
  let folded = '';
  const origin: number[] = [];
  let offset = 0;
  for (const char of text) {
    let f = /[\u00ad\u200b-\u200f\ufeff]/u.test(char) ? '' : /\s/u.test(char) ? ' ' : char;
    f = f.normalize('NFKD').replace(/\p{M}/gu, '').replace('ł', 'l').replace('Ł', 'L').replace('’', "'");
    if (lower) f = f.toLowerCase();
    if (f === ' ' && (folded === '' || folded.endsWith(' '))) f = '';
    folded += f;
    for (let k = 0; k < f.length; k++) origin.push(offset);
    offset += char.length;
  }
  return { folded, origin };
}

const isWord = (char: string | undefined) =>
  char !== undefined && /[\p{L}\p{N}]/u.test(char) && char !== '安';

/**
 * Reference matcher: at each position try every alias, longest first and real before excluded, with indexOf-style
 * comparisons; an excluded hit is skipped over but not reported.
 */
function naiveFind(text: string): [number, number, number][] {
  const { folded, origin } = naiveFold(text, true);
  const keys = RECORDS.map((r, i) => ({ key: naiveFold(r.alias.text, true).folded.trim(), i }));
  const excluded = (i: number) => (RECORDS[i]!.alias.exclude ? 1 : 0);
  keys.sort((a, b) => b.key.length - a.key.length || excluded(a.i) - excluded(b.i) || a.i - b.i);
  const hits: [number, number, number][] = [];
  for (let p = 0; p < folded.length; ) {
    const hit = keys.find(({ key, i }) => {
      const end = p + key.length;
      if (!folded.startsWith(key, p)) return false;
      if (isWord(key[0]) && isWord(folded[p - 1])) return false;
      if (isWord(key.at(-1)) && isWord(folded[end])) return false;
      const alias = RECORDS[i]!.alias;
      const slice = text.slice(origin[p], origin[end - 1]! + 1);
      return !alias.caseSensitive || naiveFold(slice, false).folded === alias.text;
    });
    if (!hit) {
      p++;
      continue;
    }
    const end = p + hit.key.length;
    if (!excluded(hit.i)) hits.push([origin[p]!, origin[end - 1]! + 1, hit.i]);
    p = end;
  }
  return hits;
}

describe('compileMatcher against a naive reference', () => {
  it('agrees on 400 random texts built from alias fragments and noise', () => {
    const matcher = namedMatcher(RECORDS);
    const rnd = random(20240607);
    for (let n = 0; n < 400; n++) {
      const text = randomText(rnd);
      const actual = matcher.find(text).map((h): [number, number, string] => [h.start, h.end, h.entryId]);
      const expected = naiveFind(text).map(([start, end, i]) => [start, end, RECORDS[i]!.entryId]);
      expect(actual, JSON.stringify(text)).toEqual(expected);
    }
  });
});
