import { describe, expect, it } from 'vitest';
import { describeTimestamp, formatFactDate, isFactDate } from './format-date';

describe('formatFactDate', () => {
  it('formats full, month and year dates for people', () => {
    expect(formatFactDate('2025-03-20')).toBe('20 Mar 2025');
    expect(formatFactDate('2025-03')).toBe('Mar 2025');
    expect(formatFactDate('2025')).toBe('2025');
  });

  it('does not drift a day at the edges of the year (UTC, not local time)', () => {
    expect(formatFactDate('2025-01-01')).toBe('1 Jan 2025');
    expect(formatFactDate('2024-12-31')).toBe('31 Dec 2024');
    expect(formatFactDate('2024-02-29')).toBe('29 Feb 2024');
  });

  it('shows malformed or impossible dates as stored', () => {
    expect(formatFactDate('2025-02-30')).toBe('2025-02-30');
    expect(formatFactDate('2025-13')).toBe('2025-13');
    expect(formatFactDate('20 March')).toBe('20 March');
    expect(formatFactDate('')).toBe('');
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
    expect(describeTimestamp(Date.UTC(2025, 2, 20, 23, 30))).toEqual({
      datetime: '2025-03-20T23:30:00.000Z',
      label: '20 Mar 2025',
    });
  });

  it('returns null for values that are not times', () => {
    expect(describeTimestamp(Number.NaN)).toBeNull();
    expect(describeTimestamp(Number.POSITIVE_INFINITY)).toBeNull();
    expect(describeTimestamp(9e15)).toBeNull();
  });
});
