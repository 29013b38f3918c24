import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { frameShowing, trustedLoad } from '@/tests/helpers/frame-showing';
import { FrameLoads } from './frame-loads';

let loads: [Element, Document | null][];
let frames: FrameLoads;
beforeEach(() => {
  loads = [];
  frames = new FrameLoads((frame, left) => loads.push([frame, left]));
});
afterEach(() => frames.destroy());

/** A frame on the page whose document the test swaps: null is a cross-origin one. */
function frameWith(first: Document | null) {
  let shown = first;
  const frame = frameShowing(() => shown);
  document.body.append(frame);
  return { frame, show: (doc: Document | null) => (shown = doc) };
}

const blank = () => document.implementation.createHTMLDocument('frame');

describe('FrameLoads', () => {
  it('tells, once per load, each time a frame shows a new document, and which one it left', () => {
    const placeholder = blank();
    const { frame, show } = frameWith(placeholder);
    frames.watch(frame, placeholder);
    frames.watch(frame, placeholder);
    const article = blank();
    show(article);
    frame.dispatchEvent(trustedLoad());
    expect(loads).toEqual([[frame, placeholder]]);
    show(null);
    frame.dispatchEvent(trustedLoad());
    expect(loads).toEqual([
      [frame, placeholder],
      [frame, article],
    ]);
  });

  it('tells when a frame out of reach comes into reach', () => {
    const { frame, show } = frameWith(null);
    frames.watch(frame, null);
    show(blank());
    frame.dispatchEvent(trustedLoad());
    expect(loads).toEqual([[frame, null]]);
  });

  it('stays quiet when the document is the one already seen, or stays out of reach (an ad reloading)', () => {
    const seen = blank();
    const same = frameWith(seen);
    const away = frameWith(null);
    frames.watch(same.frame, seen);
    frames.watch(away.frame, null);
    same.frame.dispatchEvent(trustedLoad());
    away.frame.dispatchEvent(trustedLoad());
    away.frame.dispatchEvent(trustedLoad());
    expect(loads).toEqual([]);
  });

  it('takes the document the walk read, without reading the frame itself until it loads', () => {
    let reads = 0;
    const unseen = blank();
    const frame = frameShowing(() => {
      reads++;
      return unseen;
    });
    document.body.append(frame);
    frames.watch(frame, null);
    expect(reads).toBe(0);
    frame.dispatchEvent(trustedLoad());
    expect(reads).toBe(1);
    expect(loads).toEqual([[frame, null]]);
  });

  it('ignores a load event the page forges, and every load once destroyed', () => {
    const first = blank();
    const { frame, show } = frameWith(first);
    frames.watch(frame, first);
    show(blank());
    frame.dispatchEvent(new Event('load'));
    expect(loads).toEqual([]);
    frames.destroy();
    frame.dispatchEvent(trustedLoad());
    expect(loads).toEqual([]);
  });
});
