import { describe, expect, it } from 'vitest';
import { sameSummaries } from './same-summaries';

const un = { id: 'un', count: 2, first: 0 };
const nato = { id: 'nato', count: 1, first: 3 };

describe('sameSummaries', () => {
  it('is true for equal reports, copies included', () => {
    expect(sameSummaries([un, nato], [{ ...un }, { ...nato }])).toBe(true);
    expect(sameSummaries([], [])).toBe(true);
  });

  it('is false when an entry, a count, a position, the order or the length differs', () => {
    expect(sameSummaries([un], [{ ...un, count: 3 }])).toBe(false);
    expect(sameSummaries([un], [{ ...un, first: 1 }])).toBe(false);
    expect(sameSummaries([un], [{ ...un, id: 'eu' }])).toBe(false);
    expect(sameSummaries([un, nato], [nato, un])).toBe(false);
    expect(sameSummaries([un], [un, nato])).toBe(false);
  });
});
