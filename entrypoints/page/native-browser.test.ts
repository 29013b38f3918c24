import { afterEach, describe, expect, it, vi } from 'vitest';

const scope = globalThis as { browser?: unknown };
const before = scope.browser;

afterEach(() => {
  scope.browser = before;
  vi.resetModules();
});

describe('the browser namespace the page scripts use', () => {
  it('is the browser’s own object, untouched', async () => {
    const own = { runtime: { id: 'fact-linker@example' } };
    scope.browser = own;
    const { browser } = await import('./native-browser');
    expect(browser).toBe(own);
  });

  it('refuses to start, saying why, where the browser has no such namespace', async () => {
    scope.browser = undefined;
    await expect(import('./native-browser')).rejects.toThrow(/Chrome 148 or Firefox 142/);
  });

  it('refuses an object that is not the extension API', async () => {
    scope.browser = { runtime: {} };
    await expect(import('./native-browser')).rejects.toThrow(/browser namespace/);
  });
});
