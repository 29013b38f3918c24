import type { Steps } from '@/utils/matcher/steps';
import { IdleLoop, type IdleLoopOptions } from './idle-loop';

/**
 * Runs one stepped job at a time in idle slices and hands its result on: the page's settled report, whose walk and
 * list took 15-40 ms of one task on the generated 5 MB page. A new job replaces the one running; `drop` abandons it
 * unfinished, for a result that would describe what has since changed.
 */
export class SlicedJob<T> {
  #job: { steps: Steps<T>; done: (result: T) => void } | null = null;
  readonly #loop: IdleLoop;

  constructor(options: Pick<IdleLoopOptions, 'requestIdle' | 'budgetMs' | 'now'>) {
    this.#loop = new IdleLoop(() => this.#step(), options);
  }

  /** Starts `steps` in the next idle slice, in place of any job not yet done; `done` gets its result. */
  start(steps: Steps<T>, done: (result: T) => void): void {
    this.#job = { steps, done };
    this.#loop.wake();
  }

  /** Abandons the job, if any: `done` is never called. */
  drop(): void {
    this.#job = null;
    this.#loop.destroy();
  }

  #step(): boolean {
    const job = this.#job;
    if (!job) return false;
    let next: IteratorResult<void, T>;
    try {
      next = job.steps.next();
    } catch (error) {
      this.#job = null;
      throw error;
    }
    if (!next.done) return true;
    this.#job = null;
    job.done(next.value);
    return false;
  }
}
