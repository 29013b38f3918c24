import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { announceReport } from './broadcast';

beforeEach(() => fakeBrowser.reset());

describe('announceReport', () => {
  it('tells extension pages which tab reported', async () => {
    const heard: unknown[] = [];
    fakeBrowser.runtime.onMessage.addListener((message) => void heard.push(message));
    await announceReport(4);
    expect(heard).toEqual([{ type: 'page.reported', tabId: 4 }]);
  });

  it('shrugs off having no page open to hear it', async () => {
    await expect(announceReport(4)).resolves.toBeUndefined();
  });
});
