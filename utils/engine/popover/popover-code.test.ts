import { describe, expect, it } from 'vitest';
import type { StartPopover } from '@/entrypoints/popover-host/popover-controller';
import { handOverPopover, loadPopoverCode } from './popover-code';

const start: StartPopover = () => ({ setMentions() {}, command() {}, destroy() {} });

describe('loadPopoverCode', () => {
  it('resolves with the start function the loaded code hands over as it runs', async () => {
    const urls: string[] = [];
    const loaded = await loadPopoverCode('chrome-extension://x/popover-host.js', async (url) => {
      urls.push(url);
      handOverPopover(start);
    });
    expect(loaded).toBe(start);
    expect(urls).toEqual(['chrome-extension://x/popover-host.js']);
  });

  it('fails clearly when the code hands nothing over (a module already run in this document runs no more)', async () => {
    await expect(loadPopoverCode('u', async () => undefined)).rejects.toThrow(/did not hand over/);
  });

  it("fails with the browser's refusal, and leaves no hook behind for later code to hand over to", async () => {
    await expect(
      loadPopoverCode('u', async () => {
        throw new TypeError('error loading dynamically imported module');
      }),
    ).rejects.toThrow(/dynamically imported/);
    expect(Object.keys(globalThis).filter((key) => key.includes('Popover'))).toEqual([]);
    handOverPopover(start);
  });
});
