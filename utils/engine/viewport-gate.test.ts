import { beforeEach, describe, expect, it } from 'vitest';
import { MortalRealm } from '@/tests/helpers/dead-objects';
import { fakeIntersections } from '@/tests/helpers/engine-env';
import type { Mark } from './highlighter';
import type { Painter } from './page-mentions';
import type { ObserverFactory } from './viewport-gate';
import { AHEAD_MARKS, ViewportGate } from './viewport-gate';

function recorder() {
  const painted = new Map<Node, readonly Mark[]>();
  const painter: Painter = {
    set: (key, marks) => painted.set(key, marks),
    delete: (key) => painted.delete(key),
  };
  return { painted, painter };
}

const marksOver = (el: Element): Mark[] => {
  const range = document.createRange();
  range.selectNodeContents(el);
  return [{ range, family: 'actor' }];
};

beforeEach(() => {
  document.body.innerHTML = '<p id="near">Macron</p><p id="far">Starmer</p>';
});

describe('ViewportGate', () => {
  it('paints only containers near the viewport, and follows them in and out', () => {
    const near = document.getElementById('near')!;
    const far = document.getElementById('far')!;
    const io = fakeIntersections(new Set([far]));
    const { painted, painter } = recorder();
    const gate = new ViewportGate(painter, io.createObserver);
    gate.set(near, marksOver(near));
    gate.set(far, marksOver(far));
    expect([...painted.keys()]).toEqual([near]);
    io.move(far, true);
    io.move(near, false);
    expect([...painted.keys()]).toEqual([far]);
  });

  it('paints the first marks before the observer reports, up to a budget, and unpaints those it then finds far', () => {
    const near = document.getElementById('near')!;
    const far = document.getElementById('far')!;
    const rest = Array.from({ length: AHEAD_MARKS }, () =>
      document.body.appendChild(document.createElement('p')),
    );
    let report: IntersectionObserverCallback = () => {};
    const observed: Element[] = [];
    const quiet: ObserverFactory = (callback) => {
      report = callback;
      return { observe: (target) => observed.push(target), unobserve: () => {}, disconnect: () => {} };
    };
    const { painted, painter } = recorder();
    const gate = new ViewportGate(painter, quiet);
    for (const el of [near, far, ...rest]) gate.set(el, marksOver(el));
    expect(painted.size).toBe(AHEAD_MARKS);
    expect(painted.has(rest.at(-3)!)).toBe(true);
    expect(painted.has(rest.at(-2)!)).toBe(false);
    expect(observed).toHaveLength(AHEAD_MARKS + 2);
    const entry = (target: Element, isIntersecting: boolean) =>
      ({
        target,
        isIntersecting,
        boundingClientRect: { width: 10, height: 10 },
      }) as IntersectionObserverEntry;
    report([entry(near, true), entry(far, false), entry(rest.at(-1)!, true)], {} as IntersectionObserver);
    expect(painted.has(near)).toBe(true);
    expect(painted.has(far)).toBe(false);
    expect(painted.has(rest.at(-1)!)).toBe(true);
  });

  it('repaints a near container when its marks change, and forgets deleted ones', () => {
    const near = document.getElementById('near')!;
    const io = fakeIntersections();
    const { painted, painter } = recorder();
    const gate = new ViewportGate(painter, io.createObserver);
    gate.set(near, marksOver(near));
    const next = marksOver(near);
    gate.set(near, next);
    expect(painted.get(near)).toBe(next);
    gate.set(near, []);
    expect(painted.size).toBe(0);
    expect(io.observed.size).toBe(0);
    io.move(near, true);
    expect(painted.size).toBe(0);
  });

  it('paints containers that cannot be observed (shadow roots) at once', () => {
    const shadow = document.getElementById('far')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = 'NATO';
    const io = fakeIntersections(new Set([document.getElementById('far')!]));
    const { painted, painter } = recorder();
    new ViewportGate(painter, io.createObserver).set(shadow, marksOver(document.body));
    expect([...painted.keys()]).toEqual([shadow]);
    expect(io.observed.size).toBe(0);
  });

  it('renews the observer with the live targets once their batch of gone ones is deleted, which it cannot be handed', async () => {
    const near = document.getElementById('near')!;
    const far = document.getElementById('far')!;
    const realm = new MortalRealm();
    const gone = [realm.wrap(document.createElement('p')), realm.wrap(document.createElement('p'))];
    const io = fakeIntersections(new Set([far]));
    const calls: string[] = [];
    const counting: ObserverFactory = (callback) => {
      const observer = io.createObserver(callback);
      return {
        observe: (target) => observer.observe(target),
        unobserve: (target) => {
          calls.push(`unobserve ${target.id}`);
          observer.unobserve(target);
        },
        disconnect: () => {
          calls.push('disconnect');
          observer.disconnect();
        },
      };
    };
    const { painted, painter } = recorder();
    const gate = new ViewportGate(painter, counting);
    for (const key of [near, far, ...gone]) gate.set(key, marksOver(near));
    realm.kill();
    for (const key of gone) gate.delete(key);
    expect([...painted.keys()]).toEqual([near]);
    await Promise.resolve();
    expect(calls).toEqual(['disconnect']);
    expect([...io.observed]).toEqual([near, far]);
    io.move(far, true);
    expect([...painted.keys()]).toEqual([near, far]);
  });

  it('passes over a reported target whose document is gone and acts on the rest of the batch', () => {
    const near = document.getElementById('near')!;
    const realm = new MortalRealm();
    const gone = realm.wrap(document.getElementById('far')!);
    let report: IntersectionObserverCallback = () => {};
    const { painted, painter } = recorder();
    const gate = new ViewportGate(painter, (callback) => {
      report = callback;
      return { observe: () => {}, unobserve: () => {}, disconnect: () => {} };
    });
    gate.set(gone, marksOver(near));
    gate.set(near, marksOver(near));
    const entry = (target: Element, isIntersecting: boolean) =>
      ({ target, isIntersecting, boundingClientRect: { width: 0, height: 0 } }) as IntersectionObserverEntry;
    expect(painted.size).toBe(2);
    realm.kill();
    report([realm.wrap(entry(gone, false)), entry(near, false)], {} as IntersectionObserver);
    expect(painted.size).toBe(1);
    expect(painted.has(near)).toBe(false);
  });

  it('stops observing on destroy', () => {
    const io = fakeIntersections(new Set([document.getElementById('far')!]));
    const gate = new ViewportGate(recorder().painter, io.createObserver);
    gate.set(document.getElementById('far')!, marksOver(document.getElementById('far')!));
    gate.destroy();
    expect(io.observed.size).toBe(0);
  });

  it('acts only on a change of nearness, however often the observer repeats a target', () => {
    const near = document.getElementById('near')!;
    const far = document.getElementById('far')!;
    const io = fakeIntersections(new Set([far]));
    const calls: string[] = [];
    const painter: Painter = {
      set: (key) => calls.push(`set ${(key as Element).id}`),
      delete: (key) => calls.push(`delete ${(key as Element).id}`),
    };
    const gate = new ViewportGate(painter, io.createObserver);
    gate.set(near, marksOver(near));
    gate.set(far, marksOver(far));
    io.move(near, true);
    io.move(far, false);
    io.move(near, false);
    expect(calls).toEqual(['set near', 'set far', 'delete far', 'delete near']);
  });
});
