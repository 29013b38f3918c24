import { describe, expect, it } from 'vitest';
import { MAX_DISMISSED, readDismissed, withDismissed, withoutDismissed } from './dismissed';

describe('dismissed suggestions', () => {
  it('reads a stored list and reads anything malformed as none', () => {
    expect(readDismissed(['monday', 'vladimir medinsky'])).toEqual(['monday', 'vladimir medinsky']);
    expect(readDismissed(['ok', 3, '', 'x'.repeat(201)])).toEqual(['ok']);
    expect(readDismissed({ 0: 'monday' })).toEqual([]);
    expect(readDismissed(undefined)).toEqual([]);
  });

  it('dismisses a name once and undoes it', () => {
    const list = withDismissed(withDismissed(['a'], 'b'), 'a');
    expect(list).toEqual(['b', 'a']);
    expect(withoutDismissed(list, 'b')).toEqual(['a']);
    expect(withoutDismissed(list, 'c')).toEqual(['b', 'a']);
  });

  it('stays bounded, dropping the oldest', () => {
    const full = Array.from({ length: MAX_DISMISSED }, (_, index) => `name ${index}`);
    const next = withDismissed(full, 'newest');
    expect(next).toHaveLength(MAX_DISMISSED);
    expect(next[0]).toBe('name 1');
    expect(next.at(-1)).toBe('newest');
  });
});
