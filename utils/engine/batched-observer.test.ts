import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MortalRealm } from '@/tests/helpers/dead-objects';
import { batchedObserver, OBSERVE_BATCH_MS, type TargetObserver } from './batched-observer';

function recording() {
  const observed: Element[] = [];
  const unobserved: Element[] = [];
  const inner: TargetObserver = {
    observe: (target) => observed.push(target),
    unobserve: (target) => unobserved.push(target),
    disconnect: () => {},
  };
  return { inner, observed, unobserved };
}

const el = () => document.createElement('p');

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('batchedObserver', () => {
  it('sends the first targets on the next task, later ones together after the delay', () => {
    const { inner, observed } = recording();
    const batched = batchedObserver(inner, window);
    const [a, b, c, d] = [el(), el(), el(), el()];
    batched.observe(a);
    batched.observe(b);
    expect(observed).toEqual([]);
    vi.advanceTimersByTime(0);
    expect(observed).toEqual([a, b]);
    batched.observe(c);
    vi.advanceTimersByTime(OBSERVE_BATCH_MS / 2);
    batched.observe(d);
    expect(observed).toEqual([a, b]);
    vi.advanceTimersByTime(OBSERVE_BATCH_MS / 2);
    expect(observed).toEqual([a, b, c, d]);
  });

  it('sends a target met long after the last batch on the next task', () => {
    const { inner, observed } = recording();
    const batched = batchedObserver(inner, window);
    const [a, b] = [el(), el()];
    batched.observe(a);
    vi.advanceTimersByTime(OBSERVE_BATCH_MS * 4);
    batched.observe(b);
    vi.advanceTimersByTime(0);
    expect(observed).toEqual([a, b]);
  });

  it('drops a pending target on unobserve, and unobserves an observed one', () => {
    const { inner, observed, unobserved } = recording();
    const batched = batchedObserver(inner, window);
    const [a, b] = [el(), el()];
    batched.observe(a);
    vi.advanceTimersByTime(0);
    batched.observe(b);
    batched.unobserve(b);
    batched.unobserve(a);
    vi.advanceTimersByTime(OBSERVE_BATCH_MS);
    expect(observed).toEqual([a]);
    expect(unobserved).toEqual([a]);
  });

  it('leaves out a pending target whose document went before its batch, and sends the others', () => {
    const { inner, observed } = recording();
    const batched = batchedObserver(inner, window);
    const a = el();
    const realm = new MortalRealm();
    batched.observe(realm.wrap(el()));
    batched.observe(a);
    realm.kill();
    vi.advanceTimersByTime(0);
    expect(observed).toEqual([a]);
  });

  it('sends nothing after disconnect', () => {
    const { inner, observed } = recording();
    const batched = batchedObserver(inner, window);
    batched.observe(el());
    batched.disconnect();
    vi.advanceTimersByTime(OBSERVE_BATCH_MS);
    expect(observed).toEqual([]);
  });
});
