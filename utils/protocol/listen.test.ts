import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { onEvent, onTabCommand } from './listen';

const OWN = { id: fakeBrowser.runtime.id };

const deliver = (message: unknown, sender: { id?: string } = OWN) =>
  fakeBrowser.runtime.onMessage.trigger(message, sender, () => undefined);

beforeEach(() => fakeBrowser.reset());

describe('onEvent', () => {
  it('hears a well-formed event of its name from our own extension', async () => {
    const heard = vi.fn();
    onEvent('kb.changed', heard, new AbortController().signal);
    await deliver({ type: 'kb.changed', version: 3 });
    expect(heard.mock.calls).toEqual([[{ type: 'kb.changed', version: 3 }]]);
  });

  it.each([
    null,
    'kb.changed',
    { type: 'kb.changed' },
    { type: 'kb.changed', version: '3' },
    { type: 'kb.changed', version: -1 },
    { type: 'kb.changed', version: 3, extra: true },
    { type: 'page.reported', tabId: 4 },
    { type: 'kb.matcher', payload: {} },
  ])('ignores %j', async (message) => {
    const heard = vi.fn();
    onEvent('kb.changed', heard, new AbortController().signal);
    await deliver(message);
    expect(heard).not.toHaveBeenCalled();
  });

  it('ignores events from another extension, or from no extension', async () => {
    const heard = vi.fn();
    onEvent('page.reported', heard, new AbortController().signal);
    await deliver({ type: 'page.reported', tabId: 4 }, { id: 'another-extension' });
    await deliver({ type: 'page.reported', tabId: 4 }, {});
    expect(heard).not.toHaveBeenCalled();
    await deliver({ type: 'page.reported', tabId: 4 });
    expect(heard).toHaveBeenCalledTimes(1);
  });

  it('stops listening once its signal aborts, and never starts on an aborted one', async () => {
    const heard = vi.fn();
    const listening = new AbortController();
    onEvent('kb.changed', heard, listening.signal);
    onEvent('kb.changed', heard, AbortSignal.abort());
    await deliver({ type: 'kb.changed', version: 1 });
    listening.abort();
    await deliver({ type: 'kb.changed', version: 2 });
    expect(heard).toHaveBeenCalledTimes(1);
    expect(fakeBrowser.runtime.onMessage.hasListeners()).toBe(false);
  });
});

describe('onTabCommand', () => {
  it('accepts page.step and page.reveal from our own extension', async () => {
    const heard = vi.fn();
    onTabCommand(heard, new AbortController().signal);
    await deliver({ type: 'page.step', direction: 1 });
    await deliver({ type: 'page.step', direction: -1 });
    await deliver({ type: 'page.reveal', entryId: 'macron' });
    expect(heard.mock.calls).toEqual([
      [{ type: 'page.step', direction: 1 }],
      [{ type: 'page.step', direction: -1 }],
      [{ type: 'page.reveal', entryId: 'macron' }],
    ]);
  });

  it('rejects other senders', async () => {
    const heard = vi.fn();
    onTabCommand(heard, new AbortController().signal);
    const step = { type: 'page.step', direction: 1 };
    await deliver(step, { id: 'another-extension' });
    await deliver(step, {});
    expect(heard).not.toHaveBeenCalled();
  });

  it.each([
    null,
    'page.step',
    { type: 'page.step' },
    { type: 'page.step', direction: 2 },
    { type: 'page.step', direction: '1' },
    { type: 'page.reveal' },
    { type: 'page.reveal', entryId: '' },
    { type: 'page.reveal', entryId: 42 },
    { type: 'page.reveal', entryId: 'x'.repeat(81) },
    { type: 'kb.changed', version: 3 },
  ])('rejects the wrong shape %j', async (message) => {
    const heard = vi.fn();
    onTabCommand(heard, new AbortController().signal);
    await deliver(message);
    expect(heard).not.toHaveBeenCalled();
  });

  it('stops listening once its signal aborts', async () => {
    const heard = vi.fn();
    const listening = new AbortController();
    onTabCommand(heard, listening.signal);
    listening.abort();
    await deliver({ type: 'page.reveal', entryId: 'macron' });
    expect(heard).not.toHaveBeenCalled();
  });
});
