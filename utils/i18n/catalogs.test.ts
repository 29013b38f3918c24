import { describe, expect, it } from 'vitest';
import { keyProblems, placeholderProblems, untranslated } from '@/tests/helpers/catalog-checks';
import { CATALOGS, type Catalog } from '@/tests/helpers/fake-i18n';

/**
 * Messages that rightly read the same as in English: the product's name, "URL", words French shares with English
 * (Organisation, Mission, Note, Position…), and lines that are only placeholders and punctuation.
 */
const SAME_AS_ENGLISH: Record<'fr' | 'uk', readonly string[]> = {
  fr: [
    'ext_name',
    'kind_organisation',
    'kind_mission',
    'kind_coalition',
    'mentions_one',
    'mentions_other',
    'alias_n',
    'field_alias',
    'field_date',
    'field_position',
    'field_note',
    'field_url',
    'pack_version',
    'column_type',
    'group_summary',
  ],
  uk: [
    'ext_name',
    'field_url',
    'failure_reason',
    'pattern_fault',
    'group_summary',
    'preview_entries',
    'preview_title_line',
  ],
};

const TRANSLATIONS = ['fr', 'uk'] as const;

describe('the shipped catalogs', () => {
  it.each(TRANSLATIONS)('%s has every key English has, with its own plural forms, and no other', (lang) => {
    expect(keyProblems(CATALOGS.en, CATALOGS[lang], lang)).toEqual([]);
  });

  it.each(TRANSLATIONS)('%s fills the same placeholders as English', (lang) => {
    expect(placeholderProblems(CATALOGS.en, CATALOGS[lang])).toEqual([]);
    expect(placeholderProblems(CATALOGS.en, CATALOGS.en)).toEqual([]);
  });

  it.each(TRANSLATIONS)('%s leaves nothing in English but the allowed names', (lang) => {
    expect(untranslated(CATALOGS.en, CATALOGS[lang], SAME_AS_ENGLISH[lang])).toEqual([]);
  });

  it('keeps the manifest description within the stores’ 132 characters in every language', () => {
    for (const catalog of Object.values(CATALOGS)) {
      expect([...catalog.ext_description!.message].length).toBeLessThanOrEqual(132);
    }
  });
});

describe('the catalog checks', () => {
  const en: Catalog = {
    greeting: { message: 'Hello' },
    entries_one: { message: '$COUNT$ entry', placeholders: { count: { content: '$1' } } },
    entries_other: { message: '$COUNT$ entries', placeholders: { count: { content: '$1' } } },
  };
  const uk: Catalog = {
    greeting: { message: 'Привіт' },
    entries_one: { message: '$COUNT$ запис', placeholders: { count: { content: '$1' } } },
    entries_few: { message: '$COUNT$ записи', placeholders: { count: { content: '$1' } } },
    entries_many: { message: '$COUNT$ записів', placeholders: { count: { content: '$1' } } },
    entries_other: { message: '$COUNT$ запису', placeholders: { count: { content: '$1' } } },
  };

  it('accept a complete translation', () => {
    expect(keyProblems(en, uk, 'uk')).toEqual([]);
    expect(placeholderProblems(en, uk)).toEqual([]);
    expect(untranslated(en, uk, [])).toEqual([]);
  });

  it('find a missing key, a missing plural form and a key English does not have', () => {
    const { greeting: _, entries_few: __, ...rest } = uk;
    expect(keyProblems(en, { ...rest, farewell: { message: 'Бувай' } }, 'uk')).toEqual([
      'missing greeting',
      'missing entries_few',
      'unexpected farewell',
    ]);
    expect(keyProblems(en, en, 'uk')).toEqual(['missing entries_few', 'missing entries_many']);
  });

  it('let a plural form leave out the count, but not _other, and not add a placeholder', () => {
    const enOne: Catalog = { ...en, entries_one: { message: 'One entry' } };
    expect(placeholderProblems(enOne, uk)).toEqual([]);
    const extra: Catalog = {
      ...uk,
      entries_one: {
        message: '$COUNT$ $X$',
        placeholders: { count: { content: '$1' }, x: { content: '$2' } },
      },
      entries_other: { message: 'записів' },
    };
    expect(placeholderProblems(en, extra)).toEqual([
      'entries_one: placeholders differ from English',
      'entries_other: placeholders differ from English',
    ]);
  });

  it('find a placeholder renamed, pointing elsewhere, or declared but unused', () => {
    const broken: Catalog = {
      ...uk,
      entries_few: { message: '$N$ записи', placeholders: { n: { content: '$1' } } },
      entries_many: { message: '$COUNT$ записів', placeholders: { count: { content: '$2' } } },
      entries_other: { message: 'записів', placeholders: { count: { content: '$1' } } },
    };
    expect(placeholderProblems(en, broken)).toEqual([
      'entries_few: placeholders differ from English',
      'entries_many: placeholders differ from English',
      'entries_other: uses  but declares count',
    ]);
  });

  it('find a message left in English unless it is allowed', () => {
    const lazy = { ...uk, greeting: { message: 'Hello' } };
    expect(untranslated(en, lazy, [])).toEqual(['greeting']);
    expect(untranslated(en, lazy, ['greeting'])).toEqual([]);
  });
});
