import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HoverIntent } from './hover-intent';

function setup(options: { delay?: number; modifier?: boolean } = {}) {
  const events: string[] = [];
  const intent = new HoverIntent<string>({
    delayMs: () => options.delay ?? 300,
    requireModifier: () => options.modifier ?? false,
    onOpen: (target, how) => events.push(`open ${target}${how.pinned ? ' pinned' : ''}`),
    onClose: () => events.push('close'),
  });
  return { intent, events };
}

describe('HoverIntent', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('opens after the delay while the pointer stays', () => {
    const { intent, events } = setup();
    intent.over('a', false);
    vi.advanceTimersByTime(299);
    intent.over('a', false);
    expect(events).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(events).toEqual(['open a']);
    expect(intent.open).toBe('a');
  });

  it('says once when the pointer comes to rest on a mention, so the card can render during the delay', () => {
    const pending: string[] = [];
    const intent = new HoverIntent<string>({
      delayMs: () => 300,
      requireModifier: () => true,
      onOpen: () => undefined,
      onClose: () => undefined,
      onPending: (target) => pending.push(target),
    });
    intent.over('a', false);
    expect(pending).toEqual([]);
    intent.over('a', true);
    intent.over('a', true);
    intent.over('b', true);
    expect(pending).toEqual(['a', 'b']);
  });

  it('cancels when the pointer leaves before the delay', () => {
    const { intent, events } = setup();
    intent.over('a', false);
    vi.advanceTimersByTime(200);
    intent.over(null, false);
    vi.advanceTimersByTime(1000);
    expect(events).toEqual([]);
  });

  it('stays open while the pointer travels into the popover, and closes after leaving it', () => {
    const { intent, events } = setup();
    intent.over('a', false);
    vi.advanceTimersByTime(300);
    intent.over(null, false);
    vi.advanceTimersByTime(250);
    intent.inside();
    vi.advanceTimersByTime(1000);
    expect(intent.open).toBe('a');
    intent.over(null, false);
    vi.advanceTimersByTime(300);
    expect(events).toEqual(['open a', 'close']);
  });

  it('goes on to the mention the pointer rests on once the old popover closes', () => {
    const { intent, events } = setup();
    intent.over('a', false);
    vi.advanceTimersByTime(300);
    intent.over('b', false);
    vi.advanceTimersByTime(300 + 300);
    expect(events).toEqual(['open a', 'close', 'open b']);
  });

  it('pins on a click: leaving no longer closes it, Escape does', () => {
    const { intent, events } = setup();
    intent.over('a', false);
    vi.advanceTimersByTime(300);
    intent.click('a');
    intent.over(null, false);
    vi.advanceTimersByTime(5000);
    expect(intent.pinned).toBe(true);
    intent.close();
    expect(events).toEqual(['open a', 'close']);
    expect(intent.open).toBeNull();
  });

  it('opens pinned at once on a click before the delay', () => {
    const { intent, events } = setup();
    intent.over('a', false);
    intent.click('a');
    vi.advanceTimersByTime(1000);
    expect(events).toEqual(['open a pinned']);
  });

  it('pins on a key inside the popover', () => {
    const { intent } = setup();
    intent.over('a', false);
    vi.advanceTimersByTime(300);
    intent.over(null, false);
    intent.pin();
    vi.advanceTimersByTime(1000);
    expect(intent.open).toBe('a');
  });

  it('opens only while Alt is held when the modifier is required', () => {
    const { intent, events } = setup({ modifier: true });
    intent.over('a', false);
    vi.advanceTimersByTime(1000);
    expect(events).toEqual([]);
    intent.over('a', true);
    vi.advanceTimersByTime(150);
    intent.over('a', false);
    vi.advanceTimersByTime(1000);
    expect(events).toEqual([]);
    intent.over('a', true);
    vi.advanceTimersByTime(300);
    expect(events).toEqual(['open a']);
  });

  it('destroy stops pending timers without calling back', () => {
    const { intent, events } = setup();
    intent.over('a', false);
    intent.destroy();
    vi.advanceTimersByTime(1000);
    expect(events).toEqual([]);
  });
});
