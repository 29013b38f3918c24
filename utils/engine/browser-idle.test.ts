import { describe, expect, it, vi } from 'vitest';
import { browserIdle, taskPause } from './browser-idle';
import type { Deadline } from './idle-loop';

/** A window whose idle callbacks run when `runIdle` is called, each with `left` ms of idle time. */
function fakeWindow() {
  const callbacks: IdleRequestCallback[] = [];
  const win = {
    requestIdleCallback: vi.fn((callback: IdleRequestCallback) => callbacks.push(callback)),
    cancelIdleCallback: vi.fn(),
  } as unknown as Window;
  const runIdle = (left: number) => {
    const end = performance.now() + left;
    callbacks.shift()?.({ didTimeout: false, timeRemaining: () => Math.max(0, end - performance.now()) });
  };
  return { win, runIdle, pending: () => callbacks.length };
}

/** Waits for posted tasks to run. */
const tasks = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('browserIdle', () => {
  it('runs a slice asked for during a long idle period in that period, after a task boundary', async () => {
    const { win, runIdle, pending } = fakeWindow();
    const idle = browserIdle(win);
    const seen: Deadline[] = [];
    idle((deadline) => {
      seen.push(deadline);
      idle((next) => seen.push(next));
    });
    runIdle(40);
    expect(seen).toHaveLength(1);
    await tasks();
    expect(seen).toHaveLength(2);
    expect(seen[1]).toBe(seen[0]);
    expect(pending()).toBe(0);
  });

  it('waits for the next idle period when the current one is nearly over', async () => {
    const { win, runIdle, pending } = fakeWindow();
    const idle = browserIdle(win);
    const run = vi.fn();
    idle(() => idle(run));
    runIdle(1);
    await tasks();
    expect(run).not.toHaveBeenCalled();
    expect(pending()).toBe(1);
  });

  it('cancels a slice posted within a period', async () => {
    const { win, runIdle } = fakeWindow();
    const idle = browserIdle(win);
    const run = vi.fn();
    idle(() => idle(run)());
    runIdle(40);
    await tasks();
    expect(run).not.toHaveBeenCalled();
  });
});

describe('taskPause', () => {
  it('ends in a task of its own once the work has run its budget, after the promises already queued', async () => {
    const ran: number[] = [];
    const pause = taskPause(0, (ms) => ran.push(ms));
    const order: string[] = [];
    const paused = pause().then(() => order.push('pause'));
    await Promise.resolve().then(() => order.push('microtask'));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(order).toEqual(['microtask', 'pause']);
    await paused;
    expect(ran).toHaveLength(1);
  });

  it('ends at once while the work is within its budget, so short steps run together', async () => {
    const ran: number[] = [];
    const pause = taskPause(60_000, (ms) => ran.push(ms));
    const order: string[] = [];
    const paused = pause().then(() => order.push('pause'));
    await Promise.resolve().then(() => order.push('microtask'));
    expect(order).toEqual(['pause', 'microtask']);
    await paused;
    expect(ran).toEqual([]);
  });
});
