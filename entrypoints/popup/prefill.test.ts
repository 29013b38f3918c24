import { describe, expect, it } from 'vitest';
import { localDate, prefilledSource } from './prefill';

const ids = () => {
  let count = 0;
  return () => `id-${++count}`;
};

describe('prefilledSource', () => {
  it('names the entry after the selection, aliases it, and sources a first fact to the page', () => {
    const source = prefilledSource(
      { name: 'Zelda Quartermaine', url: 'https://news.example/a', title: 'Talks resume' },
      '2025-03-21',
      ids(),
    );
    expect(source.entry).toMatchObject({
      id: 'id-1',
      name: 'Zelda Quartermaine',
      kind: '',
      aliases: [{ text: 'Zelda Quartermaine', caseSensitive: false, needsContext: false }],
    });
    expect(source.facts).toEqual([
      expect.objectContaining({
        id: 'id-2',
        date: '2025-03-21',
        text: '',
        entryIds: ['id-1'],
        source: { outlet: 'Talks resume', url: 'https://news.example/a', title: 'Talks resume' },
      }),
    ]);
    expect(source.stances).toEqual([]);
  });

  it('falls back to the hostname as outlet and drops addresses that are not http(s)', () => {
    const untitled = prefilledSource(
      { name: 'X', url: 'https://www.example.org/p', title: '' },
      '2025',
      ids(),
    );
    expect(untitled.facts[0]?.source).toEqual({
      outlet: 'www.example.org',
      url: 'https://www.example.org/p',
      title: null,
    });
    const local = prefilledSource({ name: 'X', url: 'file:///home/a.html', title: 'A' }, '2025', ids());
    expect(local.facts[0]?.source).toEqual({ outlet: 'A', url: null, title: 'A' });
  });

  it('escapes pattern characters in the selection, so the alias matches it as written', () => {
    const source = prefilledSource({ name: 'Plan [B] {draft}', url: '', title: '' }, '2025', ids());
    expect(source.entry.name).toBe('Plan [B] {draft}');
    expect(source.entry.aliases[0]?.text).toBe('Plan \\[B\\] \\{draft\\}');
  });

  it('starts without alias or fact when there is nothing to prefill', () => {
    const empty = prefilledSource({ name: '', url: '', title: '' }, '2025', ids());
    expect(empty.entry.aliases).toEqual([]);
    expect(empty.facts).toEqual([]);
  });
});

describe('localDate', () => {
  it('formats the local calendar day', () => {
    expect(localDate(new Date(2025, 0, 5, 23, 59))).toBe('2025-01-05');
  });
});
