import { describe, expect, it } from 'vitest';
import { describeTimestamp, formatFactDate, isFactDate } from './format-date';

describe('formatFactDate', () => {
  it('formats full, month and year dates for people', () => {
    expect(formatFactDate('2025-03-20', 'en-GB')).toBe('20 Mar 2025');
    expect(formatFactDate('2025-03', 'en-GB')).toBe('Mar 2025');
    expect(formatFactDate('2025', 'en-GB')).toBe('2025');
  });

  it('does not drift a day at the edges of the year (UTC, not local time)', () => {
    expect(formatFactDate('2025-01-01', 'en-GB')).toBe('1 Jan 2025');
    expect(formatFactDate('2024-12-31', 'en-GB')).toBe('31 Dec 2024');
    expect(formatFactDate('2024-02-29', 'en-GB')).toBe('29 Feb 2024');
  });

  it('shows malformed or impossible dates as stored', () => {
    expect(formatFactDate('2025-02-30', 'en-GB')).toBe('2025-02-30');
    expect(formatFactDate('2025-13', 'en-GB')).toBe('2025-13');
    expect(formatFactDate('20 March', 'en-GB')).toBe('20 March');
    expect(formatFactDate('', 'en-GB')).toBe('');
  });
});

describe('formatFactDate in other locales', () => {
  it('writes the day and month the reader’s way', () => {
    expect(formatFactDate('2025-03-20', 'fr-FR')).toBe('20 mars 2025');
    expect(formatFactDate('2025-03-20', 'uk')).toMatch(/^20 бер\.? 2025/);
    expect(formatFactDate('2025-03', 'en-US')).toBe('Mar 2025');
    expect(formatFactDate('2025-03-20', 'en-US')).toBe('Mar 20, 2025');
  });
});

describe('isFactDate', () => {
  it('accepts the three partial forms and rejects the rest', () => {
    expect(['2025', '2025-03', '2025-03-20'].map(isFactDate)).toEqual([true, true, true]);
    expect(['25', '2025-3', '2025-03-20T10:00', '2023-02-29', 'soon'].map(isFactDate)).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});

describe('describeTimestamp', () => {
  it('gives an ISO datetime and a UTC day label', () => {
    expect(describeTimestamp(Date.UTC(2025, 2, 20, 23, 30), 'en-GB')).toEqual({
      datetime: '2025-03-20T23:30:00.000Z',
      label: '20 Mar 2025',
    });
  });

  it('returns null for values that are not times', () => {
    expect(describeTimestamp(Number.NaN, 'en-GB')).toBeNull();
    expect(describeTimestamp(Number.POSITIVE_INFINITY, 'en-GB')).toBeNull();
    expect(describeTimestamp(9e15, 'en-GB')).toBeNull();
  });
});
