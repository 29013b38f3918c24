import { describe, expect, it } from 'vitest';
import { EntryTally } from './entry-tally';

describe('EntryTally', () => {
  it('says when an entry appears on the page and when its last container goes', () => {
    const tally = new EntryTally();
    expect(tally.add('us', 1)).toBe(true);
    expect(tally.add('us', 1)).toBe(false);
    expect(tally.add('us', -1)).toBe(false);
    expect(tally.has('us')).toBe(true);
    expect(tally.add('us', -1)).toBe(true);
    expect(tally.has('us')).toBe(false);
    expect(tally.size).toBe(0);
  });
});
