import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { askTab, onTabRequest, PAGE_TEXT_LIMIT } from './tab-requests';

const OWN = { id: fakeBrowser.runtime.id };
const PAGE = {
  title: 'T',
  url: 'https://example.org/',
  blocks: [{ role: 'headline' as const, text: 'Talks' }],
};

const deliver = (message: unknown, sender: { id?: string } = OWN) =>
  fakeBrowser.runtime.onMessage.trigger(message, sender, () => undefined);

beforeEach(() => fakeBrowser.reset());

describe('onTabRequest', () => {
  it('answers its question from our own extension with the checked answer', async () => {
    onTabRequest('page.text', () => PAGE, new AbortController().signal);
    expect(await deliver({ type: 'page.text' })).toEqual([PAGE]);
  });

  it.each([
    [{ type: 'page.text' }, { id: 'another-extension' }],
    [{ type: 'page.text', extra: 1 }, OWN],
    [{ type: 'page.step', direction: 1 }, OWN],
  ])('does not answer %j from %j', async (message, sender) => {
    const answer = vi.fn(() => PAGE);
    onTabRequest('page.text', answer, new AbortController().signal);
    expect(await deliver(message, sender)).toEqual([undefined]);
    expect(answer).not.toHaveBeenCalled();
  });

  it('stops answering once its signal aborts', async () => {
    const stop = new AbortController();
    onTabRequest('page.text', () => PAGE, stop.signal);
    stop.abort();
    expect(await deliver({ type: 'page.text' })).toEqual([]);
  });

  it('refuses to send text past the limit', async () => {
    const long = { ...PAGE, blocks: [{ role: 'body' as const, text: 'a'.repeat(PAGE_TEXT_LIMIT + 1) }] };
    onTabRequest('page.text', () => long, new AbortController().signal);
    await expect(deliver({ type: 'page.text' })).rejects.toThrow();
  });
});

describe('askTab', () => {
  it('returns a well-formed answer and refuses a malformed one', async () => {
    const answers: unknown[] = [PAGE, { ...PAGE, blocks: [{ role: 'aside', text: 'x' }] }];
    const send = vi
      .spyOn(fakeBrowser.tabs, 'sendMessage')
      .mockImplementation(async () => answers.shift() as never);
    expect(await askTab(3, 'page.text')).toEqual(PAGE);
    expect(send).toHaveBeenCalledWith(3, { type: 'page.text' });
    await expect(askTab(3, 'page.text')).rejects.toThrow(/Malformed answer to page.text: blocks.0.role/);
  });
});
