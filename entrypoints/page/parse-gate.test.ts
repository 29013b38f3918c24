import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { call } from '@/utils/protocol/call';
import { DEFAULT_SETTINGS, type Settings } from '@/utils/settings';
import { parseGate } from './parse-gate';

vi.mock('@/utils/protocol/call', () => ({ call: vi.fn() }));
const mockedCall = vi.mocked(call);

/** A window whose document is still being parsed; `forge` dispatches the DOMContentLoaded a page script could. */
function parsingWindow() {
  const doc = new EventTarget() as EventTarget & { readyState: DocumentReadyState };
  doc.readyState = 'loading';
  const win = { document: doc, location: { hostname: 'news.example' } } as unknown as Window;
  const forge = () => doc.dispatchEvent(new Event('DOMContentLoaded'));
  return { win, doc, forge };
}

/** A DOMContentLoaded as the browser fires it: trusted, which no page script can make. */
const trusted = () => Object.defineProperty(new Event('DOMContentLoaded'), 'isTrusted', { value: true });

const on: Settings = DEFAULT_SETTINGS;
const paused: Settings = { ...DEFAULT_SETTINGS, paused: true };
let listening: AbortController;

beforeEach(() => {
  fakeBrowser.reset();
  listening = new AbortController();
  mockedCall.mockReset();
  mockedCall.mockImplementation((async () => ({ version: 1 })) as never);
});
afterEach(() => listening.abort());

describe('parseGate', () => {
  it('asks for the matcher at once, before any settings, holds settings while the page parses, and applies the last at DOMContentLoaded', () => {
    const { win, doc } = parsingWindow();
    const apply = vi.fn();
    const gate = parseGate(win, apply, listening.signal);
    expect(mockedCall).toHaveBeenCalledExactlyOnceWith('kb.matcher', {});
    gate.hear(on);
    gate.hear({ ...on, topicGate: false });
    expect(apply).not.toHaveBeenCalled();
    expect(mockedCall).toHaveBeenCalledTimes(1);
    doc.readyState = 'interactive';
    doc.dispatchEvent(trusted());
    expect(apply).toHaveBeenCalledTimes(1);
    expect(apply).toHaveBeenCalledWith({ ...on, topicGate: false });
    expect(gate.take()).toBeInstanceOf(Promise);
    expect(gate.take()).toBeUndefined();
  });

  it('ignores a DOMContentLoaded the page forges, and still starts at the real one', () => {
    const { win, doc, forge } = parsingWindow();
    const apply = vi.fn();
    parseGate(win, apply, listening.signal).hear(on);
    forge();
    expect(apply).not.toHaveBeenCalled();
    doc.readyState = 'interactive';
    doc.dispatchEvent(trusted());
    doc.dispatchEvent(trusted());
    expect(apply).toHaveBeenCalledTimes(1);
  });

  it('applies at once, fetching nothing early, once the page is parsed', () => {
    const { win, doc } = parsingWindow();
    doc.readyState = 'complete';
    const apply = vi.fn();
    const gate = parseGate(win, apply, listening.signal);
    gate.hear(on);
    expect(apply).toHaveBeenCalledWith(on);
    expect(mockedCall).not.toHaveBeenCalled();
    expect(gate.take()).toBeUndefined();
  });

  it('hands no early matcher on where the settings say Fact Linker is paused, even once it is back on', () => {
    const { win, doc } = parsingWindow();
    const apply = vi.fn();
    const gate = parseGate(win, apply, listening.signal);
    gate.hear(paused);
    gate.hear(on);
    doc.readyState = 'interactive';
    doc.dispatchEvent(trusted());
    expect(apply).toHaveBeenCalledExactlyOnceWith(on);
    expect(gate.take()).toBeUndefined();
  });

  it('drops the early matcher when the knowledge base changes before the session takes it', async () => {
    const { win } = parsingWindow();
    const gate = parseGate(win, vi.fn(), listening.signal);
    gate.hear(on);
    await fakeBrowser.runtime.onMessage.trigger(
      { type: 'kb.changed', version: 2 },
      { id: fakeBrowser.runtime.id },
      () => undefined,
    );
    expect(gate.take()).toBeUndefined();
  });
});
