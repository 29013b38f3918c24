import { describe, expect, it } from 'vitest';
import { type Automaton, automatonFrom, automatonSteps } from './automaton';
import { finish } from './steps';

function scanAll(keys: string[], text: string): [number, string][] {
  const units = Uint16Array.from(text, (c) => c.charCodeAt(0));
  const found: [number, string][] = [];
  automatonFrom(finish(automatonSteps(keys))).scan(units, units.length, (end, key) =>
    found.push([end, keys[key]!]),
  );
  return found;
}

describe('automatonSteps', () => {
  it('reports every occurrence, including keys nested in others', () => {
    expect(scanAll(['he', 'she', 'his', 'hers'], 'ushers')).toEqual([
      [4, 'she'],
      [4, 'he'],
      [6, 'hers'],
    ]);
  });

  it('follows failure links across partial matches', () => {
    expect(scanAll(['abcd', 'bce'], 'abce')).toEqual([[4, 'bce']]);
    expect(scanAll(['aab'], 'aaab')).toEqual([[4, 'aab']]);
  });

  it('steps from a deep node through its failure link into the dense rows, and past them off ASCII', () => {
    expect(scanAll(['abcd', 'bcx'], 'abcx abcd')).toEqual([
      [4, 'bcx'],
      [9, 'abcd'],
    ]);
    expect(scanAll(['abcd', 'bcé', 'cé'], 'abcé')).toEqual([
      [4, 'bcé'],
      [4, 'cé'],
    ]);
    expect(scanAll(['abcde', 'cdq'], 'abcdq')).toEqual([[5, 'cdq']]);
  });

  it('reports every key on the failure chain of a node that ends none itself, and only those', () => {
    expect(scanAll(['abcd', 'bc', 'c', 'xc'], 'abcx')).toEqual([
      [3, 'bc'],
      [3, 'c'],
    ]);
    expect(scanAll(['abcd', 'bcd'], 'abcx')).toEqual([]);
  });

  it('reports nothing for no keys or no match', () => {
    expect(scanAll([], 'anything')).toEqual([]);
    expect(scanAll(['xyz'], 'anything')).toEqual([]);
  });

  it('builds in chunks: many yields for many keys, and the same matches as a build in one go', () => {
    const keys = Array.from({ length: 20_000 }, (_, i) => `k${i.toString(36)}x`);
    const steps = automatonSteps(keys);
    let yields = 0;
    let result = steps.next();
    for (; !result.done; result = steps.next()) yields++;
    expect(yields).toBeGreaterThanOrEqual(9);
    const text = Uint16Array.from('k0x kfzzx k1x k2x', (c) => c.charCodeAt(0));
    const found = (a: Automaton) => {
      const ends: number[] = [];
      a.scan(text, text.length, (end, key) => ends.push(end, key));
      return ends;
    };
    const chunked = automatonFrom(result.value);
    expect(found(chunked)).toEqual(found(automatonFrom(finish(automatonSteps(keys)))));
    expect(found(chunked)).toEqual([3, 0, 13, 1, 17, 2]);
  });
});
