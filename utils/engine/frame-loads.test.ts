import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { frameShowing, trustedLoad } from '@/tests/helpers/frame-showing';
import { FrameLoads } from './frame-loads';

let loads: number;
let frames: FrameLoads;
beforeEach(() => {
  loads = 0;
  frames = new FrameLoads(() => loads++);
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
  it('asks for a rescan when a frame we read loads its page, each time it does, once per load', () => {
    const { frame, show } = frameWith(blank());
    frames.watch(frame);
    frames.watch(frame);
    show(blank());
    frame.dispatchEvent(trustedLoad());
    expect(loads).toBe(1);
    frame.dispatchEvent(trustedLoad());
    expect(loads).toBe(2);
  });

  it('asks when a frame out of reach comes into reach, and when one we read goes out of reach (its marks must go)', () => {
    const { frame, show } = frameWith(null);
    frames.watch(frame);
    show(blank());
    frame.dispatchEvent(trustedLoad());
    expect(loads).toBe(1);
    show(null);
    frame.dispatchEvent(trustedLoad());
    expect(loads).toBe(2);
  });

  it('stays quiet for a cross-origin frame that stays out of reach (an ad reloading)', () => {
    const { frame } = frameWith(null);
    frames.watch(frame);
    frame.dispatchEvent(trustedLoad());
    frame.dispatchEvent(trustedLoad());
    expect(loads).toBe(0);
  });

  it('ignores a load event the page forges, and every load once destroyed', () => {
    const { frame } = frameWith(blank());
    frames.watch(frame);
    frame.dispatchEvent(new Event('load'));
    expect(loads).toBe(0);
    frames.destroy();
    frame.dispatchEvent(trustedLoad());
    expect(loads).toBe(0);
  });
});
