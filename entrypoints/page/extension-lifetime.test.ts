import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { whileExtensionLives } from './extension-lifetime';

const runtime = fakeBrowser.runtime as { id: string | undefined };
const liveId = runtime.id;

afterEach(() => {
  runtime.id = liveId;
});

describe('whileExtensionLives', () => {
  it('keeps running through page events while the extension is there', () => {
    const lifetime = new AbortController();
    whileExtensionLives(window, lifetime);
    document.dispatchEvent(new Event('visibilitychange'));
    window.dispatchEvent(new Event('focus'));
    window.dispatchEvent(new Event('pageshow'));
    expect(lifetime.signal.aborted).toBe(false);
    lifetime.abort();
  });

  it('stops at the next check once the extension is gone (updated, reloaded or removed)', () => {
    const lifetime = new AbortController();
    whileExtensionLives(window, lifetime);
    runtime.id = undefined;
    expect(lifetime.signal.aborted).toBe(false);
    window.dispatchEvent(new Event('focus'));
    expect(lifetime.signal.aborted).toBe(true);
  });
});
