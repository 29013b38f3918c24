import { describe, expect, it } from 'vitest';
import { alias, makeEntry } from '@/tests/helpers/popup-fixtures';
import { blankFact, blankLink, blankStance, type EntryForm, formFromRecords } from './entry-form';
import { buildDraftContext, hasErrors, validateDraft } from './validate-draft';

const macron = makeEntry({
  id: 'macron',
  name: 'Emmanuel Macron',
  aliases: [alias('Macron'), alias('Président')],
});
const elysee = makeEntry({ id: 'elysee', name: 'Élysée', kind: 'organisation', aliases: [alias('Macron')] });
const cotw = makeEntry({ id: 'cotw', name: 'Coalition of the willing', kind: 'coalition' });
const starmer = makeEntry({ id: 'starmer', name: 'Keir Starmer' });
const entries = [macron, elysee, cotw, starmer];

function form(fields: Partial<EntryForm> = {}): EntryForm {
  return { ...formFromRecords({ entry: starmer, facts: [], stances: [] }), ...fields };
}
const validate = (fields: Partial<EntryForm>, selfId: string | null = 'starmer') =>
  validateDraft(form(fields), buildDraftContext(entries, selfId));
const message = (fields: Partial<EntryForm>, path: string) => validate(fields)[path]?.message;

describe('validateDraft', () => {
  it('finds nothing wrong with a complete entry', () => {
    const issues = validate({});
    expect(issues).toEqual({});
    expect(hasErrors(issues)).toBe(false);
  });

  it('requires a name and a kind', () => {
    expect(message({ name: '  ' }, 'name')).toBe('Enter a name');
    expect(message({ kind: '' }, 'kind')).toBe('Choose a kind');
    expect(hasErrors(validate({ kind: '' }))).toBe(true);
  });

  it('refuses HTML in every text field, and only there', () => {
    const html = '<em>x</em>';
    expect(message({ name: html }, 'name')).toBe("Text can't contain HTML tags");
    expect(message({ summary: html }, 'summary')).toBe("Text can't contain HTML tags");
    expect(message({ caveat: html }, 'caveat')).toBe("Text can't contain HTML tags");
    expect(message({ role: html }, 'role')).toBe("Text can't contain HTML tags");
    expect(message({ tags: html }, 'tags')).toBe("Text can't contain HTML tags");
    expect(message({ summary: 'Troops < 10,000' }, 'summary')).toBeUndefined();
    const fact = { ...blankFact(), date: '2025', text: html, outlet: 'AFP' };
    expect(message({ facts: [fact] }, 'facts.0.text')).toBe("Text can't contain HTML tags");
    expect(message({ facts: [{ ...fact, text: 'Said so.' }] }, 'facts.0.text')).toBeUndefined();
  });

  it('warns, without blocking, when another entry already uses an alias, and names it', () => {
    const shared = validate({ aliases: [{ ...alias('président'), key: 'a' }] });
    expect(shared['aliases.0.text']).toEqual({
      level: 'warning',
      message: 'Also an alias of Emmanuel Macron',
    });
    expect(hasErrors(shared)).toBe(false);
    expect(message({ aliases: [{ ...alias('MACRON'), key: 'a' }] }, 'aliases.0.text')).toBe(
      'Also an alias of Emmanuel Macron and Élysée',
    );
    expect(message({ aliases: [{ ...alias('elysee'), key: 'a' }] }, 'aliases.0.text')).toBe(
      'Also the name of Élysée',
    );
    expect(message({ aliases: [{ ...alias('Starmer'), key: 'a' }] }, 'aliases.0.text')).toBeUndefined();
  });

  it("does not count the entry's own name and aliases as a clash, but flags one listed twice", () => {
    expect(
      validate({ aliases: [{ ...alias('président'), key: 'a' }] }, 'macron')['aliases.0.text'],
    ).toBeUndefined();
    expect(message({ aliases: [{ ...alias('Keir Starmer'), key: 'a' }] }, 'aliases.0.text')).toBeUndefined();
    const twice = [
      { ...alias('Starmer'), key: 'a' },
      { ...alias('starmer'), key: 'b' },
    ];
    expect(message({ aliases: twice }, 'aliases.1.text')).toBe('Listed twice for this entry');
    const keptCase = [
      { ...alias('STARMER', { caseSensitive: true }), key: 'a' },
      { ...alias('Starmer', { caseSensitive: true }), key: 'b' },
    ];
    expect(message({ aliases: keptCase }, 'aliases.1.text')).toBeUndefined();
    const coveredByAnyCase = [...keptCase, { ...alias('starmer'), key: 'c' }];
    expect(message({ aliases: coveredByAnyCase }, 'aliases.2.text')).toBe('Listed twice for this entry');
    const sameCase = [...keptCase, { ...alias('Starmer', { caseSensitive: true }), key: 'c' }];
    expect(message({ aliases: sameCase }, 'aliases.2.text')).toBe('Listed twice for this entry');
    expect(message({ aliases: [{ ...alias(' '), key: 'a' }] }, 'aliases.0.text')).toBe(
      'Enter the alias or remove it',
    );
  });

  it('leaves exclusions out of clash warnings, except an exclusion this entry also lists as an alias', () => {
    const shielded = makeEntry({
      id: 'shielded',
      name: 'France',
      aliases: [alias('Air France', { exclude: true })],
    });
    const context = buildDraftContext([...entries, shielded], 'starmer');
    const rows = (...aliases: ReturnType<typeof alias>[]) =>
      validateDraft(form({ aliases: aliases.map((row, i) => ({ ...row, key: `${i}` })) }), context);
    expect(rows(alias('Air France'))['aliases.0.text']).toBeUndefined();
    expect(rows(alias('Macron', { exclude: true }))['aliases.0.text']).toBeUndefined();
    expect(rows(alias('Macron'))['aliases.0.text']?.message).toBe(
      'Also an alias of Emmanuel Macron and Élysée',
    );
    expect(rows(alias('Starmer'), alias('STARMER', { exclude: true }))['aliases.1.text']?.message).toBe(
      'Listed twice for this entry',
    );
  });

  it('blocks names and aliases the store refuses: hidden direction marks, invisible text, weak aliases', () => {
    const row = (text: string, caseSensitive = false) => ({
      aliases: [{ ...alias(text, { caseSensitive }), key: 'a' }],
    });
    expect(message({ name: 'Keir\u202E Starmer' }, 'name')).toMatch(/text-direction/);
    expect(message({ name: '\u200B' }, 'name')).toBe('Enter a name');
    expect(message(row('\u200D\uFEFF'), 'aliases.0.text')).toBe('Enter the alias or remove it');
    expect(message(row('?!'), 'aliases.0.text')).toBe('An alias needs at least one letter or digit');
    expect(message(row('K'), 'aliases.0.text')).toMatch(/^A single letter or digit/);
    const common = validate(row('of'));
    expect(common['aliases.0.text']?.message).toMatch(/^So common .*tick Match case/);
    expect(hasErrors(common)).toBe(true);
    expect(validate(row('OF', true))).toEqual({});
    expect(validate(row('Keir'))).toEqual({});
  });

  it('checks link, fact and stance URLs', () => {
    const bad = 'javascript:alert(1)';
    expect(message({ links: [{ ...blankLink(), url: bad }] }, 'links.0.url')).toBe(
      'Only http and https links are allowed',
    );
    expect(message({ links: [{ ...blankLink(), url: 'https://gov.uk' }] }, 'links.0.url')).toBeUndefined();
    expect(message({ links: [blankLink()] }, 'links.0.url')).toBe(
      'Enter the link address or remove the link',
    );
    const fact = { ...blankFact(), date: '2025', text: 'Said so.', outlet: 'AFP', url: 'data:text/html,x' };
    expect(message({ facts: [fact] }, 'facts.0.source.url')).toBe('Only http and https links are allowed');
    expect(message({ facts: [{ ...fact, url: '' }] }, 'facts.0.source.url')).toBeUndefined();
    const stance = { ...blankStance(), otherId: 'cotw', url: 'file:///etc/passwd' };
    expect(message({ stances: [stance] }, 'stances.0.source.url')).toBe(
      'Only http and https links are allowed',
    );
    expect(
      message({ stances: [{ ...stance, url: 'https://afp.com/x' }] }, 'stances.0.source.url'),
    ).toBeUndefined();
  });

  it('checks fact dates and required fact fields, and optional stance dates', () => {
    const fact = { ...blankFact(), date: '2025-02-30', text: 'Met.', outlet: 'BBC' };
    expect(message({ facts: [fact] }, 'facts.0.date')).toBe("2025-02-30 isn't a real date");
    expect(message({ facts: [{ ...fact, date: '2025-02-28' }] }, 'facts.0.date')).toBeUndefined();
    const empty = validate({ facts: [blankFact()] });
    expect(empty['facts.0.date']?.message).toBe('Enter a date (YYYY, YYYY-MM or YYYY-MM-DD)');
    expect(empty['facts.0.text']?.message).toBe('Enter what happened or was said');
    expect(empty['facts.0.source.outlet']?.message).toBe('Name the source');
    const stance = { ...blankStance(), otherId: 'cotw' };
    expect(validate({ stances: [stance] })).toEqual({});
    expect(message({ stances: [{ ...stance, date: '2025-04-31' }] }, 'stances.0.date')).toBe(
      "2025-04-31 isn't a real date",
    );
  });

  it('wants a stance target of the other family', () => {
    expect(message({ stances: [blankStance()] }, 'stances.0.otherId')).toBe('Choose a proposal');
    expect(message({ stances: [{ ...blankStance(), otherId: 'macron' }] }, 'stances.0.otherId')).toBe(
      'Emmanuel Macron is not a proposal',
    );
    expect(
      message({ kind: 'mission', stances: [{ ...blankStance(), otherId: 'cotw' }] }, 'stances.0.otherId'),
    ).toBe('Coalition of the willing is not an actor');
    expect(
      message({ kind: 'mission', stances: [{ ...blankStance(), otherId: 'macron' }] }, 'stances.0.otherId'),
    ).toBe(undefined);
  });
});
