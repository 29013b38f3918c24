import { describe, expect, it } from 'vitest';
import { MortalRealm } from '@/tests/helpers/dead-objects';
import { reachable } from './reachable';

describe('reachable', () => {
  it('is true for a node and false once access to it throws, as for a dead object in Firefox', () => {
    const realm = new MortalRealm();
    const node = realm.wrap(document.createElement('p'));
    expect(reachable(node)).toBe(true);
    realm.kill();
    expect(reachable(node)).toBe(false);
    expect(reachable(document)).toBe(true);
  });
});
