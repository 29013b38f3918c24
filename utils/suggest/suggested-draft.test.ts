import { describe, expect, it } from 'vitest';
import { blankEntry } from '@/utils/model';
import { suggestedDraft, withAliases } from './suggested-draft';
import type { Suggestion } from './types';

const ids = () => {
  let count = 0;
  return () => `id-${++count}`;
};

const suggestion = (extra: Partial<Suggestion> = {}): Suggestion => ({
  key: 'vladimir medinsky',
  name: 'Vladimir Medinsky',
  forms: ['Vladimir Medinsky', 'Medinsky'],
  count: 4,
  score: 9,
  kind: 'person',
  aliasOf: null,
  ...extra,
});

describe('suggestedDraft', () => {
  it('prefills the name, the guessed kind, the forms as aliases and a first fact citing the page', () => {
    const draft = suggestedDraft(
      suggestion(),
      { title: 'Talks in Istanbul', url: 'https://news.example/a' },
      '2026-03-02',
      ids(),
    );
    expect(draft.entry).toMatchObject({
      id: 'id-1',
      kind: 'person',
      name: 'Vladimir Medinsky',
      aliases: [
        { text: 'Vladimir Medinsky', caseSensitive: false, needsContext: false },
        { text: 'Medinsky', caseSensitive: false, needsContext: false },
      ],
    });
    expect(draft.facts).toEqual([
      expect.objectContaining({
        id: 'id-2',
        date: '2026-03-02',
        text: 'Mentioned in Talks in Istanbul',
        entryIds: ['id-1'],
        source: { outlet: 'news.example', url: 'https://news.example/a', title: 'Talks in Istanbul' },
      }),
    ]);
  });

  it('leaves the kind of a place to the reader, and cites no address that is not a web page', () => {
    const draft = suggestedDraft(
      suggestion({ kind: 'place', name: 'Istanbul', forms: ['Istanbul'] }),
      {
        title: '',
        url: 'about:blank',
      },
      '2026-03-02',
      ids(),
    );
    expect(draft.entry.kind).toBe('');
    expect(draft.facts[0]).toMatchObject({
      text: 'Mentioned in this page',
      source: { url: null, title: null },
    });
  });

  it('escapes pattern characters in a form', () => {
    const draft = suggestedDraft(
      suggestion({ forms: ['A{B}'] }),
      { title: 'T', url: 'https://e.org/' },
      '2026-03-02',
    );
    expect(draft.entry.aliases[0]?.text).toBe('A\\{B\\}');
  });
});

describe('withAliases', () => {
  it('adds only the forms the entry does not spell yet', () => {
    const entry = {
      ...blankEntry('zelensky', 'person', 'Volodymyr Zelensky'),
      aliases: [{ text: 'Zelensky', caseSensitive: false, needsContext: false }],
    };
    const draft = withAliases({ entry, facts: [], stances: [] }, ['Zelenskyy', 'ZELENSKY', 'Zelenskyy']);
    expect(draft.entry.aliases.map((alias) => alias.text)).toEqual(['Zelensky', 'Zelenskyy']);
  });
});
