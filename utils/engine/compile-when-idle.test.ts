import { describe, expect, it, vi } from 'vitest';
import { manualIdle, TEST_ALIASES } from '@/tests/helpers/engine-env';
import type { Matcher } from '@/utils/matcher';
import type { AliasRecord } from '@/utils/model';
import { compileWhenIdle } from './compile-when-idle';

/** The starter-sized test aliases plus `n` generated ones, so the build has many chunks. */
function records(n: number): AliasRecord[] {
  const extra = Array.from({ length: n }, (_, i) => ({
    ...TEST_ALIASES[0]!,
    entryId: `gen-${i}`,
    alias: { text: `Person ${i.toString(36)} Name`, caseSensitive: false, needsContext: false },
  }));
  return [...TEST_ALIASES, ...extra];
}

describe('compileWhenIdle', () => {
  it('builds only inside idle slices, then hands over a working matcher once', () => {
    const idle = manualIdle();
    const onReady = vi.fn<(matcher: Matcher) => void>();
    compileWhenIdle(records(20_000), idle.requestIdle, onReady);
    expect(onReady).not.toHaveBeenCalled();
    idle.flush();
    expect(onReady).toHaveBeenCalledTimes(1);
    const matcher = onReady.mock.calls[0]![0];
    expect(matcher.find('Keir Starmer met Person 7ps Name.').map((hit) => hit.entryId)).toEqual([
      'starmer',
      `gen-${Number.parseInt('7ps', 36)}`,
    ]);
  });

  it('yields to the page between chunks: a browser with no time left gets one chunk per slice', () => {
    const idle = manualIdle(0);
    const onReady = vi.fn();
    compileWhenIdle(records(30_000), idle.requestIdle, onReady);
    for (let slice = 0; slice < 10; slice++) idle.step();
    expect(onReady).not.toHaveBeenCalled();
    idle.flush();
    expect(onReady).toHaveBeenCalledTimes(1);
    expect(idle.slices).toBeGreaterThan(30);
  });

  it('never reports a build cancelled midway', () => {
    const idle = manualIdle();
    const onReady = vi.fn();
    const cancel = compileWhenIdle(records(30_000), idle.requestIdle, onReady);
    idle.step();
    cancel();
    idle.flush();
    expect(onReady).not.toHaveBeenCalled();
  });
});
