import { describe, expect, it } from 'vitest';
import { escapePattern, isPattern, MAX_DEPTH, parsePattern } from './alias-pattern';

const errorOf = (text: string) => {
  const parsed = parsePattern(text);
  return parsed.ok ? null : parsed.message;
};

describe('parsePattern', () => {
  it('reads choices, optional parts and nesting as one kind of node', () => {
    expect(parsePattern('{UN|U.N.}[-led] mission')).toEqual({
      ok: true,
      sequence: [{ options: [['UN'], ['U.N.']] }, { options: [['-led'], []] }, ' mission'],
    });
    expect(parsePattern('[a {b|c}|d]')).toEqual({
      ok: true,
      sequence: [{ options: [['a ', { options: [['b'], ['c']] }], ['d'], []] }],
    });
  });

  it('reads an escaped character as literal text joined to its neighbours', () => {
    expect(parsePattern('AC\\|DC \\{x\\} \\[1\\] \\\\')).toEqual({
      ok: true,
      sequence: ['AC|DC {x} [1] \\'],
    });
  });

  it('refuses brackets left open, closing nothing or closed by the other kind, with the character', () => {
    expect(errorOf('{UN mission')).toBe('{ is never closed (character 1)');
    expect(errorOf('UN} mission')).toBe('} closes no bracket (character 3)');
    expect(errorOf('a [b}')).toBe('[ at character 3 is closed by } (character 5)');
    expect(errorOf('{a|[b}]')).toBe('[ at character 4 is closed by } (character 6)');
  });

  it('refuses a bar outside brackets, a stray backslash and brackets holding nothing', () => {
    expect(errorOf('UN|ONU')).toBe('| separates options only inside { } or [ ] (character 3)');
    expect(errorOf('C:\\path')).toBe('\\ must come before one of { } [ ] | \\ (character 3)');
    expect(errorOf('trailing \\')).toBe('\\ must come before one of { } [ ] | \\ (character 10)');
    expect(errorOf('UN {} mission')).toBe('{} holds nothing (character 4)');
    expect(errorOf('UN [|] mission')).toBe('[] holds nothing (character 4)');
    expect(errorOf('{a|}')).toBeNull();
  });

  it(`nests brackets up to ${MAX_DEPTH} deep and no deeper`, () => {
    const nested = (depth: number) => `${'['.repeat(depth)}a${']'.repeat(depth)} b`;
    expect(errorOf(nested(MAX_DEPTH))).toBeNull();
    expect(errorOf(nested(MAX_DEPTH + 1))).toBe(
      `brackets nest more than ${MAX_DEPTH} deep (character ${MAX_DEPTH + 1})`,
    );
    expect(errorOf(`${'{a|'.repeat(5000)}`)).toBe(`brackets nest more than ${MAX_DEPTH} deep (character 25)`);
  });
});

describe('escapePattern and isPattern', () => {
  it('escapes every syntax character, so the escaped text parses back to itself', () => {
    const text = 'a{b}|[c]\\d';
    expect(escapePattern(text)).toBe('a\\{b\\}\\|\\[c\\]\\\\d');
    expect(parsePattern(escapePattern(text))).toEqual({ ok: true, sequence: [text] });
    expect(escapePattern('Emmanuel Macron')).toBe('Emmanuel Macron');
  });

  it('tells plain text from text using the syntax', () => {
    expect(isPattern('U.N.-led mission (UNMIK)')).toBe(false);
    for (const text of ['{a|b}', '[a]', 'a|b', 'a\\b', 'a}']) expect(isPattern(text), text).toBe(true);
  });
});
