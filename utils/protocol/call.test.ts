import { afterEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { CallError, call } from './call';

const answer = (reply: unknown) => vi.spyOn(browser.runtime, 'sendMessage').mockResolvedValue(reply as never);

afterEach(() => vi.restoreAllMocks());

describe('call', () => {
  it('sends the request and gives back the value of a sound answer', async () => {
    const send = answer({ ok: true, value: [{ id: 'macron', count: 2, first: 0 }] });
    expect(await call('page.mentions', { tabId: 7 })).toEqual([{ id: 'macron', count: 2, first: 0 }]);
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
    ['an envelope of the wrong shape', { ok: 'yes', value: [] }, /^Malformed answer to page\.mentions: ok: /],
    [
      'a value its reply schema refuses',
      { ok: true, value: [{ id: 'macron', count: 0, first: 0 }] },
      /: 0\.count: /,
    ],
    ['a list where an object belongs', { ok: true, value: { id: 'macron' } }, /: value: /],
  ])('throws on %s', async (_, reply, message) => {
    answer(reply);
    await expect(call('page.mentions', { tabId: 7 })).rejects.toThrow(message);
  });
});
