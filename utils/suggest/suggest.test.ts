// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { blankEntry, type Entry } from '@/utils/model';
import { suggestTools } from './kb-tools';
import { suggestNames } from './suggest';
import type { PageText } from './types';

const entries: Entry[] = [
  {
    ...blankEntry('starmer', 'person', 'Keir Starmer'),
    aliases: [{ text: 'Starmer', caseSensitive: false, needsContext: false }],
  },
  { ...blankEntry('zelensky', 'person', 'Volodymyr Zelensky'), aliases: [] },
  blankEntry('ukraine', 'country', 'Ukraine'),
];

const page: PageText = {
  title: 'Talks',
  url: 'https://example.org/talks',
  blocks: [
    { role: 'headline', text: 'Medinsky Says Talks With Ukraine Went Well' },
    {
      role: 'lead',
      text: 'KYIV (Reuters) - Russian negotiator Vladimir Medinsky met Rustem Umerov on Monday.',
    },
    {
      role: 'body',
      text: 'Medinsky told Umerov that Zelenskyy would be welcome. Sir Keir said Keir Starmer agreed.',
    },
    {
      role: 'body',
      text: 'Володимир Зеленський and Олександр Сирський spoke in March. Reporting by Jane Doe.',
    },
    { role: 'body', text: 'By Jane Doe, Reuters' },
  ],
};

describe('suggestNames', () => {
  const tools = suggestTools(entries);
  const suggestions = suggestNames(page, tools);
  const names = suggestions.map((each) => each.name);

  it('suggests the people the page names that the knowledge base lacks, the most prominent first', () => {
    expect(names.slice(0, 2)).toEqual(['Vladimir Medinsky', 'Rustem Umerov']);
    expect(suggestions[0]).toMatchObject({ count: 3, kind: 'person', aliasOf: null });
    expect(names).toContain('Володимир Зеленський');
    expect(names).toContain('Олександр Сирський');
  });

  it('never suggests what is known, a weekday, a month, a byline agency or a dateline', () => {
    for (const name of [
      'Keir Starmer',
      'Ukraine',
      'Monday',
      'March',
      'Reuters',
      'KYIV',
      'Jane Doe',
      'Talks',
    ]) {
      expect(names).not.toContain(name);
    }
  });

  it('offers other forms of known entries as aliases', () => {
    expect(suggestions.find((each) => each.name === 'Zelenskyy')?.aliasOf).toEqual({
      id: 'zelensky',
      name: 'Volodymyr Zelensky',
    });
    expect(suggestions.find((each) => each.name === 'Sir Keir')?.aliasOf?.id).toBe('starmer');
  });

  it('leaves out dismissed names', () => {
    const kept = suggestNames(page, tools, new Set(['vladimir medinsky']));
    expect(kept.map((each) => each.name)).not.toContain('Vladimir Medinsky');
    expect(kept.map((each) => each.name)).toContain('Rustem Umerov');
  });
});
