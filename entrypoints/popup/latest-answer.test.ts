import { describe, expect, it, vi } from 'vitest';
import { latestAnswer } from './latest-answer';

/** A request the test answers by hand, in any order. */
function pending<T>() {
  const asked: { resolve: (value: T) => void; reject: (error: unknown) => void }[] = [];
  const ask = () => new Promise<T>((resolve, reject) => asked.push({ resolve, reject }));
  return { ask, asked };
}

const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('latestAnswer', () => {
  it('hands on only the latest answer, whatever order the answers come in', async () => {
    const { ask, asked } = pending<string>();
    const onAnswer = vi.fn();
    const load = latestAnswer(ask, onAnswer, vi.fn(), new AbortController().signal);
    load();
    load();
    asked[1]!.resolve('new');
    asked[0]!.resolve('old');
    await settled();
    expect(onAnswer.mock.calls).toEqual([['new']]);
  });

  it('reports a failure of the latest request only, and nothing once the view closed', async () => {
    const { ask, asked } = pending<string>();
    const onAnswer = vi.fn();
    const onFailure = vi.fn();
    const closing = new AbortController();
    const load = latestAnswer(ask, onAnswer, onFailure, closing.signal);
    load();
    load();
    asked[0]!.reject(new Error('stale'));
    asked[1]!.reject(new Error('gone'));
    await settled();
    expect(onFailure).toHaveBeenCalledTimes(1);
    load();
    closing.abort();
    asked[2]!.resolve('late');
    await settled();
    expect(onAnswer).not.toHaveBeenCalled();
  });
});
