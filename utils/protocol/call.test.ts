import { afterEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { CallError, call } from './call';

const answer = (reply: unknown) => vi.spyOn(browser.runtime, 'sendMessage').mockResolvedValue(reply as never);

afterEach(() => vi.restoreAllMocks());

describe('call', () => {
  it('sends the request and gives back the value of a sound answer', async () => {
    const value = { mentions: [{ id: 'macron', count: 2, first: 0 }], topic: null };
    const send = answer({ ok: true, value });
    expect(await call('page.mentions', { tabId: 7 })).toEqual(value);
    expect(send).toHaveBeenCalledWith({ type: 'page.mentions', payload: { tabId: 7 } });
  });

  it('throws the background’s reason and code', async () => {
    answer({ ok: false, error: 'Entry "macron" changed elsewhere', code: 'conflict' });
    const failure = await call('kb.deleteEntry', { id: 'macron', expectedRev: 1 }).catch((error) => error);
    expect(failure).toBeInstanceOf(CallError);
    expect(failure).toMatchObject({ message: 'Entry "macron" changed elsewhere', code: 'conflict' });
  });

  it('throws when nothing answers', async () => {
    answer(undefined);
    await expect(call('kb.entries', {})).rejects.toThrow('No answer to kb.entries');
  });

  it.each([
    { ok: 'yes', value: [] },
    { ok: true },
    { ok: false },
    { ok: false, error: 'gone', code: 'EBUSY' },
  ])('throws on the malformed reply %j', async (reply) => {
    answer(reply);
    await expect(call('page.mentions', { tabId: 7 })).rejects.toThrow(
      /^Malformed answer to page\.mentions: /,
    );
  });
});
