import { describe, expect, it } from 'vitest';
import { errorsWith, minimalPack, problemsOf } from '@/tests/helpers/minimal-pack';

const URL_RULE = 'facts[0].source.url: must be an http or https URL';
const DATE_RULE = 'facts[0].date: must be a date written YYYY, YYYY-MM or YYYY-MM-DD';
const link = (url: string) => [{ url, title: '' }];

/** [path, refused value, the one message expected, a nearby accepted value] */
const rules: [string, unknown, string, unknown][] = [
  [
    'entries.0.links',
    link('javascript:alert(1)'),
    'entries[0].links[0].url: must be an http or https URL',
    link('https://example.org/a?b=c'),
  ],
  ['facts.0.source.url', 'data:text/html,hi', URL_RULE, 'http://example.org'],
  ['facts.0.source.url', 'file:///etc/passwd', URL_RULE, null],
  ['facts.0.source.url', 'ftp://example.org/file', URL_RULE, 'HTTPS://example.org/file'],
  ['facts.0.source.url', 'javascript://example.org/%0Aalert(1)', URL_RULE, 'https://example.org/%0Aalert(1)'],
  ['facts.0.source.url', 'https://', URL_RULE, 'https://a.b'],
  ['facts.0.source.url', 'https://example.org/a b', URL_RULE, 'https://example.org/a%20b'],
  ['facts.0.source.url', 'https://example.org/a\u0001', URL_RULE, 'https://example.org/a%01'],
  ['stances.0.source.outlet', ' ', 'stances[0].source.outlet: must not be empty', 'Bloomberg'],
  ['facts.0.date', '2025-02-30', 'facts[0].date: 2025-02-30 is not a real date', '2025-02-28'],
  ['facts.0.date', '2025-02-29', 'facts[0].date: 2025-02-29 is not a real date', '2024-02-29'],
  ['facts.0.date', '1900-02-29', 'facts[0].date: 1900-02-29 is not a real date', '2000-02-29'],
  ['facts.0.date', '2025-13', 'facts[0].date: 2025-13 is not a real date', '2025-12'],
  ['facts.0.date', '2025-00', 'facts[0].date: 2025-00 is not a real date', '2025-01'],
  ['facts.0.date', '2025-3', DATE_RULE, '2025'],
  ['facts.0.date', '2025-03-20T10:00', DATE_RULE, '2025-03-20'],
  ['stances.0.date', '2025-04-31', 'stances[0].date: 2025-04-31 is not a real date', '2025-04-30'],
  [
    'stances.0.position',
    'loves',
    'stances[0].position: must be one of proposes, supports, considers, opposes',
    'opposes',
  ],
  ['facts.0.entryIds', [], 'facts[0].entryIds: must name at least one entry', ['france']],
  [
    'facts.0.entryIds',
    ['macron', 'macron'],
    'facts[0].entryIds[1]: duplicates entryIds[0] ("macron")',
    ['macron', 'france'],
  ],
  ['entries.0.aliases.0.exclude', 'yes', 'entries[0].aliases[0].exclude: must be true or false', true],
  ['entries.0.aliases.0.exclude', 1, 'entries[0].aliases[0].exclude: must be true or false', false],
  ['entries.0.aliases.0.exclude', null, 'entries[0].aliases[0].exclude: must be true or false', undefined],
  ['entries.0.colour', 'red', 'entries[0].colour: is not a known field', undefined],
  ['entries.0.role', undefined, 'entries[0].role: is missing', 'President'],
  ['facts.0', 'f1', 'facts[0]: must be an object', minimalPack().facts[0]],
  ['entries.0.links', {}, 'entries[0].links: must be a list', []],
  ['stances.0.rev', -1, 'stances[0].rev: must not be negative', 0],
  ['entries.0.rev', 2 ** 53, 'entries[0].rev: must be at most 1000000000', 1_000_000_000],
  ['entries.0.createdAt', -1, 'entries[0].createdAt: must not be negative', 0],
  ['entries.0.updatedAt', 1.5, 'entries[0].updatedAt: must be a whole number', 2],
  ['facts.0.createdAt', '2025', 'facts[0].createdAt: must be a number', 2025],
  [
    'exportedAt',
    'yesterday',
    'exportedAt: must be an ISO 8601 time such as 2025-03-21T00:00:00.000Z',
    '2025-03-21T10:20:30Z',
  ],
];

describe('value rules', () => {
  it.each(rules)('%s: refuses %j and accepts a nearby value', (path, bad, message, good) => {
    expect(errorsWith(path, bad)).toEqual([message]);
    expect(errorsWith(path, good)).toEqual([]);
  });

  it('shortens an unknown field name in the path instead of echoing it whole', () => {
    expect(errorsWith(`entries.0.${'k'.repeat(41)}`, 1)).toEqual([
      `entries[0].${'k'.repeat(40)}…: is not a known field`,
    ]);
    expect(errorsWith(`entries.0.${'k'.repeat(40)}`, 1)).toEqual([
      `entries[0].${'k'.repeat(40)}: is not a known field`,
    ]);
  });

  it('reports every problem of every record, not just the first', () => {
    const pack = minimalPack();
    pack.entries[0]!.name = '';
    pack.facts[0]!.date = '2025-02-30';
    const text = JSON.stringify(pack).replace('"position":"considers"', '"position":"maybe"');
    expect(problemsOf(text, 0)).toEqual([
      'entries[0].name: must not be empty',
      'facts[0].date: 2025-02-30 is not a real date',
      'stances[0].position: must be one of proposes, supports, considers, opposes',
    ]);
  });
});
