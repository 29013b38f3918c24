import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeIntersections } from '@/tests/helpers/engine-env';
import { frameShowing, trustedLoad } from '@/tests/helpers/frame-showing';
import { FrameWatch } from './frame-watch';

let loads: [Element, Document | null][];
let far: Set<Element>;
let tiny: Set<Element>;
let sight: ReturnType<typeof fakeIntersections>;
let frames: FrameWatch;
beforeEach(() => {
  loads = [];
  far = new Set();
  tiny = new Set();
  sight = fakeIntersections(far, tiny);
  frames = new FrameWatch((frame, left) => loads.push([frame, left]), sight.createObserver);
});
afterEach(() => frames.destroy());

/** A frame on the page whose document the test swaps (null is a cross-origin one), counting the reads of it. */
function frameWith(first: Document | null, where: 'near' | 'far' | 'tiny' = 'near') {
  let shown = first;
  let reads = 0;
  const frame = frameShowing(() => {
    reads++;
    return shown;
  });
  if (where === 'far') far.add(frame);
  if (where === 'tiny') tiny.add(frame);
  document.body.append(frame);
  return { frame, show: (doc: Document | null) => (shown = doc), reads: () => reads };
}

const blank = () => document.implementation.createHTMLDocument('frame');

describe('FrameWatch', () => {
  it('gives the document of a frame in sight, and tells once per load each time it shows a new one', () => {
    const placeholder = blank();
    const { frame, show } = frameWith(placeholder);
    expect(frames.read(frame)).toBe(placeholder);
    expect(frames.read(frame)).toBe(placeholder);
    expect(sight.observed).toEqual(new Set([frame]));
    loads = [];
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

  it('never touches the document of a frame out of sight, even as it loads, and reads it once it comes near', () => {
    const inside = blank();
    const { frame, reads } = frameWith(inside, 'far');
    expect(frames.read(frame)).toBeNull();
    frame.dispatchEvent(trustedLoad());
    sight.move(frame, false);
    expect(reads()).toBe(0);
    expect(loads).toEqual([]);
    sight.move(frame, true);
    expect(loads).toEqual([[frame, null]]);
    expect(frames.read(frame)).toBe(inside);
    sight.move(frame, true);
    expect(loads).toHaveLength(1);
  });

  it('leaves a frame too small to show text unread, and asks again once it loads a page (an ad slot sized late)', () => {
    const inside = blank();
    const { frame, reads } = frameWith(inside, 'tiny');
    expect(frames.read(frame)).toBeNull();
    expect(reads()).toBe(0);
    tiny.delete(frame);
    frame.dispatchEvent(trustedLoad());
    expect(loads).toEqual([[frame, null]]);
    expect(frames.read(frame)).toBe(inside);
  });

  it('still tells of a new document that a walk met before its load fired', () => {
    const placeholder = blank();
    const { frame, show } = frameWith(placeholder);
    frames.read(frame);
    loads = [];
    const article = blank();
    show(article);
    expect(frames.read(frame)).toBe(article);
    frame.dispatchEvent(trustedLoad());
    expect(loads).toEqual([[frame, placeholder]]);
  });

  it('tells when a frame in sight but out of reach comes into reach', () => {
    const { frame, show } = frameWith(null);
    expect(frames.read(frame)).toBeNull();
    expect(loads).toEqual([]);
    show(blank());
    frame.dispatchEvent(trustedLoad());
    expect(loads).toEqual([[frame, null]]);
  });

  it('stays quiet when the document is the one already read, or stays out of reach (an ad reloading)', () => {
    const seen = blank();
    const same = frameWith(seen);
    const away = frameWith(null);
    frames.read(same.frame);
    frames.read(away.frame);
    loads = [];
    same.frame.dispatchEvent(trustedLoad());
    away.frame.dispatchEvent(trustedLoad());
    away.frame.dispatchEvent(trustedLoad());
    expect(loads).toEqual([]);
  });

  it('ignores a load event the page forges, and every load or sighting once destroyed', () => {
    const first = blank();
    const { frame, show } = frameWith(first);
    const later = frameWith(blank(), 'far');
    frames.read(frame);
    frames.read(later.frame);
    loads = [];
    show(blank());
    frame.dispatchEvent(new Event('load'));
    expect(loads).toEqual([]);
    frames.destroy();
    frame.dispatchEvent(trustedLoad());
    sight.move(later.frame, true);
    expect(loads).toEqual([]);
    expect(sight.observed.size).toBe(0);
  });
});
