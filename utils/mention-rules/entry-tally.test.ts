import { describe, expect, it } from 'vitest';
import { EntryTally } from './entry-tally';

describe('EntryTally', () => {
  it('says when an entry appears on the page and when its last container goes', () => {
    const tally = new EntryTally();
    expect(tally.add(7, 1)).toBe(true);
    expect(tally.add(7, 1)).toBe(false);
    expect(tally.add(7, -1)).toBe(false);
    expect(tally.has(7)).toBe(true);
    expect(tally.add(7, -1)).toBe(true);
    expect(tally.has(7)).toBe(false);
    expect(tally.size).toBe(0);
  });
});
