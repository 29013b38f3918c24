import { describe, expect, it } from 'vitest';
import { foldedString, foldText, originalEnd } from './fold-text';

function folded(text: string): { value: string; origin: number[] } {
  const { units, length, origin } = foldText(text, true);
  return {
    value: String.fromCharCode(...units.subarray(0, length)),
    origin: [...origin.subarray(0, length)],
  };
}

describe('foldText', () => {
  it('maps every folded unit back to its original offset', () => {
    const { value, origin } = folded('A\u00a0 ß\u00adé');
    expect(value).toBe('a sse');
    expect(origin).toEqual([0, 1, 3, 3, 5]);
  });

  it('drops leading whitespace and collapses runs', () => {
    expect(folded('\n\n  Keir \t\n Starmer').value).toBe('keir starmer');
  });

  it('keeps case when asked', () => {
    const { units, length } = foldText('Ústí UN', false);
    expect(String.fromCharCode(...units.subarray(0, length))).toBe('Usti UN');
  });

  it('handles astral characters and texts that expand past the initial buffer', () => {
    const text = `𝐀${'ﷺ'.repeat(10)}`;
    const { value, origin } = folded(text);
    expect(value.startsWith('a')).toBe(true);
    expect(value.length).toBeGreaterThan(text.length + 32);
    expect(origin[1]).toBe(2);
  });

  it('grows its reused buffers mid-text without losing what was folded, then folds short texts again', () => {
    const long = `${'x'.repeat(5000)}${'ß'.repeat(3000)}${'ﷺ'.repeat(50)}y`;
    const { value, origin } = folded(long);
    expect(value.slice(0, 5000)).toBe('x'.repeat(5000));
    expect(value.slice(5000, 11000)).toBe('ss'.repeat(3000));
    expect(value.endsWith('y')).toBe(true);
    expect(origin[5001]).toBe(5000);
    expect(origin.at(-1)).toBe(long.length - 1);
    expect(folded('Ab').value).toBe('ab');
  });
});

describe('originalEnd', () => {
  it('covers surrogate pairs and trailing combining marks', () => {
    expect(originalEnd('ab', 0)).toBe(1);
    expect(originalEnd('𝐀b', 0)).toBe(2);
    expect(originalEnd('Jose\u0301 said', 3)).toBe(5);
  });
});

describe('foldedString', () => {
  it('agrees with foldText, on the plain-ASCII shortcut and on the general path', () => {
    const samples = [
      'Keir Starmer',
      'UN-led',
      'a`b',
      ' lead',
      'tail ',
      'two  spaces',
      'tab\there',
      'Ústí\u00a0nad',
      'ß ',
      '',
    ];
    for (const sample of samples) {
      for (const lower of [true, false]) {
        const { units, length } = foldText(sample, lower);
        const expected = String.fromCharCode(...units.subarray(0, length)).replace(/ $/, '');
        expect(foldedString(sample, lower), sample).toBe(expected);
      }
    }
  });

  it('folds a long text whole, and drops a space only at its end, invisible characters after it included', () => {
    expect(foldedString('Ústí '.repeat(3000), true)).toBe('usti '.repeat(3000).slice(0, -1));
    expect(foldedString('Łódź \u200b', true)).toBe('lodz');
    expect(foldedString('Łódź\u200b', true)).toBe('lodz');
    expect(foldedString('\u00a0Łódź\u00a0 Ústí', false)).toBe('Lodz Usti');
  });

  it("leaves foldText's buffers alone: the matcher folds a case-sensitive hit in the middle of a scan over them", () => {
    const { units, length, origin } = foldText('Die ÖVP und die ООН tagen', true);
    const before = { units: [...units.subarray(0, length)], origin: [...origin.subarray(0, length)] };
    expect(foldedString('ÖVP ООН', false)).toBe('OVP ООН');
    expect([...units.subarray(0, length)]).toEqual(before.units);
    expect([...origin.subarray(0, length)]).toEqual(before.origin);
  });
});
