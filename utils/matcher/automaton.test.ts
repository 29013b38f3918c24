import { describe, expect, it } from 'vitest';
import { buildAutomaton } from './automaton';

function scanAll(keys: string[], text: string): [number, string][] {
  const units = Uint16Array.from(text, (c) => c.charCodeAt(0));
  const found: [number, string][] = [];
  buildAutomaton(keys).scan(units, units.length, (end, key) => found.push([end, keys[key]!]));
  return found;
}

describe('buildAutomaton', () => {
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

  it('reports nothing for no keys or no match', () => {
    expect(scanAll([], 'anything')).toEqual([]);
    expect(scanAll(['xyz'], 'anything')).toEqual([]);
  });
});
