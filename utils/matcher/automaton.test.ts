import { describe, expect, it } from 'vitest';
import { type Automaton, automatonFrom, automatonSteps } from './automaton';
import { finish } from './steps';
import { noWalks } from './walks';

const unitsOf = (text: string) => Uint16Array.from(text, (c) => c.charCodeAt(0));

/**
 * Every [end, key] the automaton of `keys` reports over the pieces, scanned one after the other, each key read
 * through the order the build numbered them in.
 */
function scanAll(keys: string[], ...pieces: string[]): [number, string][] {
  const { data, keyOrder } = finish(automatonSteps(keys));
  const automaton = automatonFrom(data);
  const found: [number, string][] = [];
  const walks = noWalks();
  for (const piece of pieces) {
    const units = unitsOf(piece);
    automaton.scan(units, units.length, (end, key) => found.push([end, keys[keyOrder[key]!]!]), walks);
  }
  return found;
}

describe('automatonSteps', () => {
  it('reports every key from each place one may start, keys nested in others included, longest first', () => {
    expect(scanAll(['he', 'she', 'his', 'hers', 'e'], 'u she-hers')).toEqual([
      [5, 'she'],
      [8, 'he'],
      [10, 'hers'],
    ]);
    expect(scanAll(['new york', 'york', 'new'], 'new york')).toEqual([
      [3, 'new'],
      [8, 'new york'],
      [8, 'york'],
    ]);
  });

  it('starts no walk on a letter or digit that follows another, and may start on anything else', () => {
    expect(scanAll(['she', 'he', 'hers'], 'ushers')).toEqual([]);
    expect(scanAll(['un', '9'], 'tuna 19')).toEqual([]);
    expect(scanAll(['-led', 'é', "'s"], "UN-led Zé Macron's")).toEqual([
      [6, '-led'],
      [9, 'é'],
      [18, "'s"],
    ]);
    expect(scanAll(['he'], 'ahe')).toEqual([]);
    expect(scanAll(['he'], 'éhe'), 'a start after a non-ASCII letter is left to the word edges').toEqual([
      [3, 'he'],
    ]);
  });

  it('goes on from a failed walk to the ones that started later, deep nodes and non-ASCII included', () => {
    expect(scanAll(['abcd', 'b ce'], 'a-b ce')).toEqual([[6, 'b ce']]);
    expect(scanAll(['a a b'], 'a a a b')).toEqual([[7, 'a a b']]);
    expect(scanAll(['abcé', '-bcé', 'cé'], 'x-bcé')).toEqual([[5, '-bcé']]);
  });

  it('ends every walk on a unit no key uses, ASCII or not, and starts the next walks after it', () => {
    expect(scanAll(['a b', 'ab'], 'a%b a_b a b')).toEqual([[11, 'a b']]);
    expect(scanAll(['ab', 'a b'], 'a%ab')).toEqual([[4, 'ab']]);
    expect(scanAll(['aéb', 'b'], 'aèb')).toEqual([[3, 'b']]);
  });

  it('carries the walks alive at the end of one piece into the next, whose first unit may start one', () => {
    expect(scanAll(['keir starmer', 'starmer'], 'keir', ' starmer'), 'ends count from each piece').toEqual([
      [8, 'keir starmer'],
      [8, 'starmer'],
    ]);
    expect(scanAll(['ron'], 'mac', 'ron')).toEqual([[3, 'ron']]);
    expect(scanAll(['keir starmer'], 'keir', ' star', 'mer')).toEqual([[3, 'keir starmer']]);
    expect(scanAll(['keir starmer'], 'keir', ' stormer')).toEqual([]);
  });

  it('keeps more walks alive at once than it first has room for', () => {
    const key = `${'x '.repeat(12)}y`;
    expect(scanAll([key, 'x'], `${'x '.repeat(20)}y`).filter(([, k]) => k === key)).toEqual([[41, key]]);
  });

  it('reports nothing for no keys or no match', () => {
    expect(scanAll([], 'anything')).toEqual([]);
    expect(scanAll(['xyz'], 'anything')).toEqual([]);
  });

  it('refuses data whose child index does not split where its shallow nodes end', () => {
    const { data } = finish(automatonSteps(['macron', 'nato', 'київ']));
    expect(() => automatonFrom(data)).not.toThrow();
    const first = { ...data.first, split: data.shallow + 1 };
    expect(() => automatonFrom({ ...data, first })).toThrow(/splits at node/);
  });

  it('builds in chunks: many yields for many keys, and the same matches as a build in one go', () => {
    const keys = Array.from({ length: 20_000 }, (_, i) => `k${i.toString(36)}x`);
    const steps = automatonSteps(keys);
    let yields = 0;
    let result = steps.next();
    for (; !result.done; result = steps.next()) yields++;
    expect(yields).toBeGreaterThanOrEqual(8);
    const text = unitsOf('k0x kfzzx k1x k2x');
    const found = (a: Automaton) => {
      const ends: number[] = [];
      a.scan(text, text.length, (end, key) => ends.push(end, key), noWalks());
      return ends;
    };
    const chunked = automatonFrom(result.value.data);
    expect(found(chunked)).toEqual(found(automatonFrom(finish(automatonSteps(keys)).data)));
    expect(found(chunked).map((n, i) => (i % 2 ? keys[result.value.keyOrder[n]!] : n))).toEqual([
      3,
      'k0x',
      13,
      'k1x',
      17,
      'k2x',
    ]);
  });
});
