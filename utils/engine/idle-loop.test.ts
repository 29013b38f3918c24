import { describe, expect, it } from 'vitest';
import { type Deadline, IdleLoop, type RequestIdle } from './idle-loop';

/** A clock that each step advances by `cost` ms, and a scheduler that records deadlines handed out. */
function setup(steps: number, cost: number, deadline: (now: () => number) => Deadline) {
  let time = 0;
  let left = steps;
  const perSlice: number[] = [];
  const queue: ((d: Deadline) => void)[] = [];
  const asked: 'idle'[] = [];
  const requestIdle: RequestIdle = (run) => {
    asked.push('idle');
    queue.push(run);
    return () => queue.splice(queue.indexOf(run), 1);
  };
  const loop = new IdleLoop(
    () => {
      time += cost;
      perSlice[perSlice.length - 1]!++;
      return --left > 0;
    },
    { requestIdle, now: () => time, budgetMs: 8, onSliceStart: () => perSlice.push(0) },
  );
  const runAll = () => {
    for (let run = queue.shift(); run; run = queue.shift()) run(deadline(() => time));
  };
  return { loop, perSlice, runAll, queue, asked };
}

describe('IdleLoop', () => {
  it('stops each slice once the budget is spent and reschedules the rest', () => {
    const { loop, perSlice, runAll } = setup(10, 3, () => ({ didTimeout: false, timeRemaining: () => 50 }));
    loop.wake();
    runAll();
    expect(perSlice).toEqual([3, 3, 3, 1]);
  });

  it("stops early when the browser's deadline runs out", () => {
    const { loop, perSlice, runAll } = setup(4, 1, (now) => {
      const end = now() + 2;
      return { didTimeout: false, timeRemaining: () => Math.max(0, end - now()) };
    });
    loop.wake();
    runAll();
    expect(perSlice).toEqual([2, 2]);
  });

  it('makes one step of progress even with no idle time left', () => {
    const { loop, perSlice, runAll } = setup(3, 1, () => ({ didTimeout: false, timeRemaining: () => 0 }));
    loop.wake();
    runAll();
    expect(perSlice).toEqual([1, 1, 1]);
  });

  it('still makes its budget of progress when the callback timed out', () => {
    const { loop, perSlice, runAll } = setup(6, 2, () => ({ didTimeout: true, timeRemaining: () => 0 }));
    loop.wake();
    runAll();
    expect(perSlice).toEqual([4, 2]);
  });

  it('schedules one slice however often it is woken, and none after destroy', () => {
    const { loop, queue } = setup(1, 1, () => ({ didTimeout: false, timeRemaining: () => 50 }));
    loop.wake();
    loop.wake();
    expect(queue).toHaveLength(1);
    loop.destroy();
    expect(queue).toHaveLength(0);
  });

  it('runs a slice at once with its whole budget, in place of the one waiting, and leaves the rest to idle periods', () => {
    const { loop, perSlice, runAll, queue, asked } = setup(4, 3, () => ({
      didTimeout: false,
      timeRemaining: () => 1,
    }));
    loop.wake();
    loop.runNow();
    expect(perSlice).toEqual([3]);
    expect(queue).toHaveLength(1);
    runAll();
    expect(perSlice).toEqual([3, 1]);
    expect(asked).toEqual(['idle', 'idle']);
  });

  it('goes on in a new slice after a step throws, and lets the error through', () => {
    const steps: (() => boolean)[] = [
      () => true,
      () => {
        throw new TypeError("can't access dead object");
      },
      () => false,
    ];
    const queue: ((deadline: Deadline) => void)[] = [];
    const ended: boolean[] = [];
    const loop = new IdleLoop(() => steps.shift()!(), {
      requestIdle: (run) => {
        queue.push(run);
        return () => {};
      },
      onSliceEnd: (more) => ended.push(more),
    });
    loop.wake();
    const idle = { didTimeout: false, timeRemaining: () => 50 };
    expect(() => queue.shift()!(idle)).toThrow('dead object');
    expect(queue).toHaveLength(1);
    queue.shift()!(idle);
    expect(steps).toEqual([]);
    expect(ended).toEqual([true, false]);
    expect(queue).toHaveLength(0);
  });
});
