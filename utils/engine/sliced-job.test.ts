import { describe, expect, it, vi } from 'vitest';
import { manualIdle } from '@/tests/helpers/engine-env';
import type { Steps } from '@/utils/matcher/steps';
import { SlicedJob } from './sliced-job';

/** `count` steps, each spending `clock.ms` of a fake clock, then `result`. */
function* counted<T>(count: number, result: T, clock: { at: number; ms: number }): Steps<T> {
  for (let i = 0; i < count; i++) {
    clock.at += clock.ms;
    yield;
  }
  return result;
}

function job(budgetMs = 8) {
  const idle = manualIdle();
  const clock = { at: 0, ms: 3 };
  const sliced = new SlicedJob<string>({ requestIdle: idle.requestIdle, budgetMs, now: () => clock.at });
  return { idle, clock, sliced };
}

describe('SlicedJob', () => {
  it('runs a job in idle slices of its budget and hands its result on once', () => {
    const { idle, clock, sliced } = job();
    const done = vi.fn();
    sliced.start(counted(10, 'report', clock), done);
    expect(done).not.toHaveBeenCalled();
    idle.flush();
    expect(done).toHaveBeenCalledTimes(1);
    expect(done).toHaveBeenCalledWith('report');
    expect(idle.slices).toBeGreaterThanOrEqual(3);
  });

  it('replaces a job not yet done with a new one, and abandons one dropped', () => {
    const { idle, clock, sliced } = job();
    const first = vi.fn();
    const second = vi.fn();
    sliced.start(counted(10, 'old', clock), first);
    idle.step();
    sliced.start(counted(2, 'new', clock), second);
    idle.flush();
    expect(first).not.toHaveBeenCalled();
    expect(second).toHaveBeenCalledWith('new');
    const dropped = vi.fn();
    sliced.start(counted(2, 'dropped', clock), dropped);
    sliced.drop();
    idle.flush();
    expect(dropped).not.toHaveBeenCalled();
  });

  it('lets the error of a step that throws through, and goes on to no result', () => {
    const { idle, sliced } = job();
    const done = vi.fn();
    sliced.start(
      (function* () {
        yield;
        throw new Error('gone');
      })(),
      done,
    );
    expect(() => idle.flush()).toThrow('gone');
    idle.flush();
    expect(done).not.toHaveBeenCalled();
  });
});
