import { describe, expect, it } from 'vitest';
import { inReadingOrder } from './reading-order';

describe('inReadingOrder', () => {
  it('orders containers across shadow roots: host, then its shadow content, then what follows; strays last', () => {
    document.body.innerHTML = '<p id="a">a</p><div id="host"></div><p id="b">b</p>';
    const shadow = document.getElementById('host')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p>inside</p>';
    const a = document.getElementById('a')!;
    const host = document.getElementById('host')!;
    const inside = shadow.firstChild!;
    const b = document.getElementById('b')!;
    const stray = document.createElement('p');
    expect(inReadingOrder(document, new Set([stray, b, inside, shadow, a, host]))).toEqual([
      a,
      host,
      shadow,
      inside,
      b,
      stray,
    ]);
  });
});
