import { describe, expect, it } from 'vitest';
import { packStrings } from './packed-strings';

describe('packStrings', () => {
  it('gives back every string, empty ones included, from where it starts', () => {
    const strings = ['NATO', '', 'U.N.', 'Київ'];
    const { starts, joined } = packStrings(strings);
    expect(strings.map((_, i) => joined.slice(starts[i]!, starts[i + 1]!))).toEqual(strings);
    expect(packStrings([])).toEqual({ starts: new Int32Array(1), joined: '' });
  });
});
