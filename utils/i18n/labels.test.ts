import { describe, expect, it } from 'vitest';
import { describeOrigin } from './installed-pack';

describe('describeOrigin', () => {
  it('names the packs an entry came from, and says when the reader edited it', () => {
    expect(describeOrigin({ packs: ['Starter pack'], edited: false })).toBe('From: Starter pack');
    expect(describeOrigin({ packs: ['Starter pack', 'Peace 2025'], edited: true })).toBe(
      'From: Starter pack, Peace 2025 (edited)',
    );
  });

  it('calls an entry no pack brought the reader’s own', () => {
    expect(describeOrigin({ packs: [], edited: false })).toBe('Your entry');
  });
});
