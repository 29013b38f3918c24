import { describe, expect, it, vi } from 'vitest';
import { EMPTY_WIRE } from '@/tests/helpers/empty-wire';
import { QUOTA_MESSAGE, QuotaError } from '@/utils/store/quota';
import { blankEntry } from '../model';
import { CALLS } from './calls';
import { createRouter, type Handlers } from './router';

const ID = 'ext-id';
const ORIGIN = 'chrome-extension://ext-id/';
const popup = { id: ID, url: `${ORIGIN}popup.html` };
const tab = { id: ID, url: 'https://news.example/a', tab: { id: 7 } };

function setup() {
  const log = vi.fn();
  const others = Object.fromEntries(Object.keys(CALLS).map((name) => [name, vi.fn(async () => null)]));
  const handlers = {
    ...(others as unknown as Handlers),
    'kb.matcher': vi.fn(async () => ({
      version: 3,
      epoch: 'e',
      matcher: EMPTY_WIRE,
      facts: { outlets: {} },
    })),
    'kb.cards': vi.fn(async ({ entries }: { entries: number[] }) => entries.map(() => null)),
    'kb.entries': vi.fn(async () => []),
    'kb.export': vi.fn(async () => {
      throw new Error('disk full');
    }),
    'kb.importCommit': vi.fn(async () => ({
      added: 1,
      updated: 0,
      unchanged: 0,
      removed: 0,
      kept: 0,
      undo: null,
    })),
    'kb.restoreStarter': vi.fn(async () => ({
      added: 0,
      updated: 0,
      unchanged: 0,
      removed: 0,
      kept: 0,
      undo: null,
    })),
    'page.report': vi.fn(async () => ['macron']),
  };
  const route = createRouter(handlers, { extensionId: ID, extensionOrigin: ORIGIN, log });
  return { route, handlers, log };
}

describe('createRouter', () => {
  it('answers a well-formed request from a content script', async () => {
    const { route } = setup();
    expect(await route({ type: 'kb.matcher', payload: {} }, tab)).toEqual({
      ok: true,
      value: { version: 3, epoch: 'e', matcher: EMPTY_WIRE, facts: { outlets: {} } },
    });
  });

  it('refuses a sender that is not this extension, and logs it once', async () => {
    const { route, handlers, log } = setup();
    const other = { ...tab, id: 'someone-else' };
    const reply = await route({ type: 'kb.matcher', payload: {} }, other);
    await route({ type: 'kb.matcher', payload: {} }, other);
    expect(reply).toEqual({ ok: false, error: 'sender is not this extension' });
    expect(handlers['kb.matcher']).not.toHaveBeenCalled();
    expect(log).toHaveBeenCalledTimes(1);
  });

  it.each([null, 42, 'kb.matcher', {}, { type: 'kb.nope', payload: {} }, { type: 'toString' }])(
    'refuses the malformed message %j',
    async (message) => {
      const { route } = setup();
      const reply = await route(message, tab);
      expect(reply.ok).toBe(false);
      expect(reply.ok ? '' : reply.error).toMatch(/unknown request type/);
    },
  );

  it('names the field of a payload of the wrong shape', async () => {
    const { route, handlers } = setup();
    const reply = await route({ type: 'kb.cards', payload: { epoch: 'e', entries: [4, 'macron'] } }, tab);
    expect(reply).toEqual({ ok: false, error: expect.stringMatching(/^kb\.cards: entries\.1: /) });
    expect(handlers['kb.cards']).not.toHaveBeenCalled();
  });

  it('refuses extra payload fields', async () => {
    const { route } = setup();
    expect((await route({ type: 'kb.matcher', payload: { evil: 1 } }, tab)).ok).toBe(false);
  });

  it('keeps writes to the extension pages: a content script cannot import', async () => {
    const { route, handlers } = setup();
    const message = { type: 'kb.importCommit', payload: { importId: crypto.randomUUID(), mode: 'merge' } };
    expect(await route(message, tab)).toEqual({
      ok: false,
      error: "kb.importCommit is only accepted from the extension's pages",
    });
    expect((await route(message, popup)).ok).toBe(true);
    expect(handlers['kb.importCommit']).toHaveBeenCalledTimes(1);
  });

  it('accepts page reports only from tabs', async () => {
    const { route } = setup();
    const message = {
      type: 'page.report',
      payload: {
        epoch: 'e',
        mentions: [{ entry: 4, count: 2, first: 0 }],
        topic: { gate: true, onTopic: true, evidence: [4], hidden: [] },
        url: 'https://news.example/a',
      },
    };
    expect((await route(message, popup)).ok).toBe(false);
    expect((await route(message, tab)).ok).toBe(true);
  });

  it('passes on the code of a revision conflict so the popup can offer reload or overwrite', async () => {
    const { route, handlers } = setup();
    handlers['kb.deleteEntry'] = vi.fn(async () => {
      throw Object.assign(new Error('Entry "macron" changed elsewhere'), { code: 'conflict' });
    });
    const reply = await route({ type: 'kb.deleteEntry', payload: { id: 'macron', expectedRev: 1 } }, popup);
    expect(reply).toEqual({ ok: false, error: 'Entry "macron" changed elsewhere', code: 'conflict' });
  });

  it('passes on a store quota failure with its message and code', async () => {
    const { route, handlers } = setup();
    handlers['kb.deleteEntry'] = vi.fn(async () => {
      throw new QuotaError();
    });
    const reply = await route({ type: 'kb.deleteEntry', payload: { id: 'macron', expectedRev: 1 } }, popup);
    expect(reply).toEqual({ ok: false, error: QUOTA_MESSAGE, code: 'quota-exceeded' });
  });

  it('drops failure codes a caller cannot act on', async () => {
    const { route, handlers } = setup();
    handlers['kb.deleteEntry'] = vi.fn(async () => {
      throw Object.assign(new Error('disk busy'), { code: 'EBUSY' });
    });
    const reply = await route({ type: 'kb.deleteEntry', payload: { id: 'macron', expectedRev: 1 } }, popup);
    expect(reply).toEqual({ ok: false, error: 'disk busy' });
  });

  it('gives the handler the payload as its schema outputs it, stamps filled', async () => {
    const { route, handlers } = setup();
    const { createdAt, updatedAt, rev, ...entry } = blankEntry('zelda', 'person', 'Zelda');
    const stamped = { ...entry, createdAt: 0, updatedAt: 0, rev: 1 };
    const draft = { entry, facts: [], stances: [] };
    handlers['kb.saveDraft'] = vi.fn(async () => stamped as never);
    const loaded = { facts: [], stances: [] };
    const reply = await route({ type: 'kb.saveDraft', payload: { draft, expectedRev: null, loaded } }, popup);
    expect(reply).toEqual({ ok: true, value: stamped });
    expect(handlers['kb.saveDraft']).toHaveBeenCalledWith(
      { draft: { ...draft, entry: stamped }, expectedRev: null, loaded },
      popup,
    );
  });

  it('holds back an answer its reply schema refuses, and logs it once', async () => {
    const { route, handlers, log } = setup();
    handlers['page.mentions'] = vi.fn(async () => ({
      mentions: [{ id: 'macron', count: 0, first: 0 }],
      topic: null,
    }));
    const message = { type: 'page.mentions', payload: { tabId: 7 } };
    const reply = await route(message, popup);
    await route(message, popup);
    expect(reply).toEqual({
      ok: false,
      error: expect.stringMatching(/^page\.mentions: mentions\.0\.count: /),
    });
    expect(log).toHaveBeenCalledTimes(1);
    expect(log.mock.calls[0]?.[0]).toMatch(/^Fact Linker held back an answer: page\.mentions: /);
    const sound = { mentions: [{ id: 'macron', count: 2, first: 0 }], topic: null };
    handlers['page.mentions'] = vi.fn(async () => sound);
    expect(await route(message, popup)).toEqual({ ok: true, value: sound });
  });

  it('turns a handler failure into an error reply and keeps working', async () => {
    const { route } = setup();
    expect(await route({ type: 'kb.export', payload: { ids: null } }, popup)).toEqual({
      ok: false,
      error: 'disk full',
    });
    expect((await route({ type: 'kb.entries', payload: {} }, popup)).ok).toBe(true);
  });
});
