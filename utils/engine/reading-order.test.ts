import { describe, expect, it } from 'vitest';
import { frameShowing } from '@/tests/helpers/frame-showing';
import { finish } from '@/utils/matcher/steps';
import { readingOrderSteps } from './reading-order';

/** The whole order at once. */
const inReadingOrder = (...args: Parameters<typeof readingOrderSteps>) => finish(readingOrderSteps(...args));

describe('readingOrderSteps', () => {
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

  it("enters a frame's document where `readFrame` gives one, and touches no other frame", () => {
    document.body.innerHTML = '<p id="a">a</p><span id="x"></span><span id="y"></span><p id="b">b</p>';
    const read = document.implementation.createHTMLDocument('read');
    read.body.innerHTML = '<p>read</p>';
    const unread = document.implementation.createHTMLDocument('unread');
    unread.body.innerHTML = '<p>unread</p>';
    let touched = 0;
    const touch = (doc: Document) => () => {
      touched++;
      return doc;
    };
    const left = frameShowing(touch(unread));
    const given = frameShowing(touch(read));
    document.getElementById('x')!.replaceWith(left);
    document.getElementById('y')!.replaceWith(given);
    const [a, b] = [document.getElementById('a')!, document.getElementById('b')!];
    const inRead = read.body.firstChild!;
    const inUnread = unread.body.firstChild!;
    const readFrame = (frame: Element) => (frame === given ? read : null);
    expect(inReadingOrder(document, new Set([inUnread, b, inRead, a]), readFrame)).toEqual([
      a,
      inRead,
      b,
      inUnread,
    ]);
    expect(touched).toBe(0);
    expect(inReadingOrder(document, new Set([inUnread, b, inRead, a]))).toEqual([a, inUnread, inRead, b]);
  });

  it('yields between stretches of a long page, and orders it as a walk at once would', () => {
    document.body.innerHTML = '<p>x</p>'.repeat(2000);
    const paragraphs = [...document.querySelectorAll('p')];
    const steps = readingOrderSteps(
      document,
      new Set([paragraphs[1999]!, paragraphs[3]!, paragraphs[1000]!]),
    );
    let yields = 0;
    let next = steps.next();
    for (; !next.done; next = steps.next()) yields++;
    expect(yields).toBeGreaterThanOrEqual(3);
    expect(next.value).toEqual([paragraphs[3], paragraphs[1000], paragraphs[1999]]);
  });
});
