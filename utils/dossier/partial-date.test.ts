import { describe, expect, it } from 'vitest';
import { dateRangeTest, latestFirst, sortLatestFirst } from './partial-date';

const record = (id: string, date: string | null, updatedAt = 0) => ({ id, date, updatedAt });
const records = [
  record('undated', null),
  record('year-2024', '2024'),
  record('day', '2025-03-01'),
  record('year', '2025'),
  record('month-old-edit', '2025-03', 1),
  record('month-new-edit', '2025-03', 2),
  record('last-day-2024', '2024-12-31'),
  record('b-twin', '2025-03', 1),
];

describe('latest first', () => {
  it('puts a day before its month, a month before its year, undated last, then the later edit, then by id', () => {
    const expected = [
      'day',
      'month-new-edit',
      'b-twin',
      'month-old-edit',
      'year',
      'last-day-2024',
      'year-2024',
      'undated',
    ];
    expect([...records].sort(latestFirst).map(({ id }) => id)).toEqual(expected);
    expect(sortLatestFirst([...records].reverse()).map(({ id }) => id)).toEqual(expected);
  });
});

describe('dateRangeTest', () => {
  it('keeps a date whose span meets the range and drops one wholly outside it', () => {
    const march = dateRangeTest('2025-03-15', '2025-03-31');
    expect(['2025', '2025-03', '2025-03-15', '2025-03-31'].filter(march)).toEqual([
      '2025',
      '2025-03',
      '2025-03-15',
      '2025-03-31',
    ]);
    expect(['2024', '2025-02', '2025-03-14', '2025-04-01', '2026'].filter(march)).toEqual([]);
    expect(['2024-12-31', '2025-01-01'].filter(dateRangeTest(null, '2024'))).toEqual(['2024-12-31']);
    expect(['1900', '2999-12'].filter(dateRangeTest(null, null))).toHaveLength(2);
  });
});
