import { describe, expect, it } from 'vitest';
import { alias, makeEntry } from '@/tests/helpers/popup-fixtures';
import { type AliasForm, type EntryForm, formFromRecords } from './entry-form';
import { buildDraftContext, hasErrors, validateDraft } from './validate-draft';

const un = makeEntry({ id: 'un', name: 'United Nations', kind: 'organisation', aliases: [alias('U.N.')] });
const mission = makeEntry({
  id: 'mission',
  name: 'UN-led mission',
  kind: 'mission',
  aliases: [alias('{UN|U.N.}[-led] {mission|operation}')],
});
const starmer = makeEntry({ id: 'starmer', name: 'Keir Starmer' });
const entries = [un, mission, starmer];

const row = (text: string, caseSensitive = false): AliasForm => ({
  ...alias(text, { caseSensitive }),
  key: text,
});
function form(aliases: AliasForm[]): EntryForm {
  return { ...formFromRecords({ entry: starmer, facts: [], stances: [] }), aliases };
}
const validate = (aliases: AliasForm[]) =>
  validateDraft(form(aliases), buildDraftContext(entries, 'starmer'));
const first = (...texts: string[]) => validate(texts.map((text) => row(text)))['aliases.0.text'];

describe('validateDraft: pattern aliases', () => {
  it('accepts a well-formed pattern whose phrases all pass the alias rules', () => {
    expect(validate([row('[Sir ]Keir[ Starmer]')])).toEqual({});
  });

  it('blocks a malformed pattern or one past its bound, saying why', () => {
    expect(first('{Keir Starmer')).toEqual({
      level: 'error',
      message: 'Not a valid pattern: { is never closed (character 1)',
    });
    expect(first('Keir {a|b}{c|d}{e|f}{g|h}{i|j}{k|l|m}')?.message).toBe(
      'This pattern expands to 96 phrases (at most 64): split it into several aliases',
    );
  });

  it('blocks a pattern with a phrase the store refuses, naming the first and counting the others', () => {
    expect(first('[the ]{UN|ONU}')?.message).toBe(
      'Expands to “UN”: so common it would be highlighted on almost every page: tick Match case and write its capitals',
    );
    expect(first('[Keir][ Starmer]')?.message).toBe(
      'Can expand to nothing: keep a word outside the optional parts',
    );
    expect(first('{x|y|Keir}')?.message).toBe(
      'Expands to “x”: a single letter or digit, highlighted on almost every page (and 1 more, listed below)',
    );
    expect(hasErrors(validate([row('[the ]{UN|ONU}', true)]))).toBe(false);
  });

  it("warns when a phrase is another entry's alias or name, and when two aliases share a phrase", () => {
    expect(first('{U.N.|UN} peace plan', 'x')).toBeUndefined();
    expect(first('{U.N.|Keir}')?.message).toBe('Also an alias of United Nations');
    expect(first('{U.N.-led|UN-led} operation')?.message).toBe('Also an alias of UN-led mission');
    expect(first('{United Nations|UN mission}')?.message).toBe(
      'Also an alias of UN-led mission; Also the name of United Nations',
    );
    const issues = validate([row('Keir [Starmer]'), row('{Sir Keir|Keir}')]);
    expect(issues['aliases.1.text']).toEqual({ level: 'warning', message: 'Listed twice for this entry' });
  });

  it('blocks the alias that takes the patterns of the entry past 1,000 phrases together', () => {
    const sixtyFour = (n: number) => row(`Keir ${n} {a|b}{c|d}{e|f}{g|h}{i|j}{k|l}`);
    const aliases = Array.from({ length: 16 }, (_, n) => sixtyFour(n));
    expect(hasErrors(validate(aliases.slice(0, 15)))).toBe(false);
    const issues = validate(aliases);
    expect(issues['aliases.15.text']?.message).toBe(
      "This entry's patterns expand to over 1,000 phrases together: narrow them",
    );
    expect(Object.keys(issues)).toEqual(['aliases.15.text']);
  });
});
