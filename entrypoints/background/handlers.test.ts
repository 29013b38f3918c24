import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { validPack } from '@/tests/helpers/minimal-pack';
import { matcherFrom } from '@/utils/matcher/compile-matcher';
import { fromWire } from '@/utils/matcher/wire-unpack';
import { DEFAULT_SETTINGS } from '@/utils/settings';
import { type Kb, openKb } from '@/utils/store/kb';
import { importPack } from '@/utils/store/pack-io';
import { FrameTickets } from './frame-tickets';
import { createHandlers } from './handlers';
import { PageMatchers } from './page-matcher';
import { TabReports } from './tab-reports';

const starterText = readFileSync('public/starter-pack.json', 'utf8');
const popup = { id: 'ext', url: 'chrome-extension://ext/popup.html' };
let open: Kb[] = [];
/** What the tab shows now, as the handlers' tabUrl reads it. */
let tabShows = 'https://news.example/a';

async function setup() {
  const kb = await openKb(`handlers-${Math.random()}`);
  open.push(kb);
  const starter = async () => validPack(starterText, 0);
  const record = vi.fn(async () => undefined);
  const badge = { setBadgeText: async () => undefined, setBadgeBackgroundColor: async () => undefined };
  const handlers = createHandlers({
    kb: async () => kb,
    starter,
    reports: new TabReports({ badge, store: fakeBrowser.storage.session, onChange: () => undefined }),
    tabUrl: async () => tabShows,
    openEditor: async () => undefined,
    tickets: new FrameTickets(fakeBrowser.storage.session),
    seen: { record },
    matchers: new PageMatchers(async () => kb),
    settings: async () => ({ ...DEFAULT_SETTINGS, disabledSites: ['news.example'] }),
  });
  return { kb, handlers, record };
}

afterEach(() => {
  for (const kb of open) kb.close();
  open = [];
});

/** The starter pack installed, and what a page holds of it: its matcher's epoch and the entry numbers of its hits. */
async function starterPage(handlers: Awaited<ReturnType<typeof setup>>['handlers'], text: string) {
  await handlers['kb.restoreStarter']({}, popup);
  const { epoch, matcher } = await handlers['kb.matcher']({}, popup);
  return {
    epoch,
    entries: matcherFrom(await fromWire(matcher))
      .find(text)
      .map((hit) => hit.entry),
  };
}

describe('background handlers', () => {
  it("gives a tab's report only while the tab shows the page it came from, whatever the fragment", async () => {
    fakeBrowser.reset();
    const { handlers } = await setup();
    const { epoch, entries } = await starterPage(handlers, 'The UN met.');
    const page = { id: 'ext', url: 'https://news.example/a#top', tab: { id: 5 } };
    const mentions = [{ entry: entries[0]!, count: 2, first: 0 }];
    const topic = { gate: true, onTopic: false, evidence: [], hidden: [entries[0]!] };
    expect(await handlers['page.report']({ epoch, mentions, topic, url: page.url }, page)).toEqual(['un']);
    tabShows = 'https://news.example/a#section-2';
    expect(await handlers['page.mentions']({ tabId: 5 }, popup)).toEqual({
      mentions: [{ id: 'un', count: 2, first: 0 }],
      topic: { ...topic, hidden: ['un'] },
    });
    tabShows = 'https://news.example/b';
    expect(await handlers['page.mentions']({ tabId: 5 }, popup)).toEqual({ mentions: [], topic: null });
  });

  it("logs a report's entries under its page without the fragment, with the sender's tab", async () => {
    const { handlers, record } = await setup();
    const { epoch, entries } = await starterPage(handlers, 'The UN met.');
    const tab = { id: 6, incognito: true, title: 'Talks' };
    const mentions = [{ entry: entries[0]!, count: 2, first: 0 }];
    const topic = { gate: true, onTopic: true, evidence: [], hidden: [] };
    await handlers['page.report'](
      { epoch, mentions, topic, url: 'https://news.example/a#top' },
      { id: 'ext', url: 'https://news.example/a', tab },
    );
    expect(record).toHaveBeenCalledWith(tab, 'https://news.example/a', ['un']);
  });

  it('answers a report of another epoch with null and refuses numbers it never gave, keeping nothing of either', async () => {
    const { handlers, record } = await setup();
    const { epoch, entries } = await starterPage(handlers, 'The UN met.');
    const page = { id: 'ext', url: 'https://news.example/a', tab: { id: 7 } };
    const topic = { gate: true, onTopic: true, evidence: [], hidden: [] };
    const report = (of: string, entry: number) =>
      handlers['page.report'](
        { epoch: of, mentions: [{ entry, count: 1, first: 0 }], topic, url: page.url },
        page,
      );
    expect(await report('another-epoch', entries[0]!)).toBeNull();
    await expect(report(epoch, 1_000_000)).rejects.toThrow(/No entry is numbered 1000000/);
    await expect(handlers['kb.cards']({ epoch: 'another-epoch', entries }, page)).rejects.toThrow(
      /did not number/,
    );
    tabShows = page.url;
    expect(await handlers['page.mentions']({ tabId: 7 }, popup)).toEqual({ mentions: [], topic: null });
    expect(record).not.toHaveBeenCalled();
    const empty = { epoch: 'another-epoch', mentions: [], topic, url: page.url };
    expect(await handlers['page.report'](empty, page)).toEqual([]);
    expect(await handlers['page.mentions']({ tabId: 7 }, popup)).toEqual({ mentions: [], topic });
  });

  it("answers a page's card request by number, one card a number", async () => {
    const { handlers } = await setup();
    const { epoch, entries } = await starterPage(handlers, 'Macron told the UN.');
    const page = { id: 'ext', url: 'https://news.example/a', tab: { id: 8 } };
    const cards = await handlers['kb.cards']({ epoch, entries: [entries[1]!, entries[0]!] }, page);
    expect(cards.map((card) => card?.entry.id)).toEqual(['un', 'macron']);
  });

  it('restores the starter pack without duplicating it', async () => {
    const { kb, handlers } = await setup();
    const first = await handlers['kb.restoreStarter']({}, popup);
    const count = (await kb.entries()).length;
    const second = await handlers['kb.restoreStarter']({}, popup);
    expect(first.added).toBeGreaterThanOrEqual(30);
    expect(second.added).toBe(0);
    expect((await kb.entries()).length).toBe(count);
  });

  it('answers a content script with the compiled matcher, the store version, and what the gate knows of the entries', async () => {
    const { handlers } = await setup();
    await handlers['kb.restoreStarter']({}, popup);
    const { version, epoch, matcher, facts } = await handlers['kb.matcher']({}, popup);
    expect(version).toBeGreaterThan(0);
    const hits = matcherFrom(await fromWire(matcher)).find('Macron told France and The Times.');
    const page = { id: 'ext', url: 'https://news.example/a', tab: { id: 5 } };
    const mentions = hits.map((hit, first) => ({ entry: hit.entry, count: 1, first }));
    const topic = { gate: true, onTopic: true, evidence: [], hidden: [] };
    const ids = await handlers['page.report']({ epoch, mentions, topic, url: page.url }, page);
    expect(hits.map(({ start, generic }, i) => [ids?.[i], start, generic])).toEqual([
      ['macron', 0, false],
      ['france', 12, true],
      ['times', 23, true],
    ]);
    expect(facts).not.toHaveProperty('generic');
    expect(facts.outlets[hits[2]!.entry]).toContain('The Times');
  });

  it('previews a re-install, and undoes a bulk write once by its undo point', async () => {
    const { kb, handlers } = await setup();
    await handlers['kb.restoreStarter']({}, popup);
    const before = await handlers['kb.export']({ ids: null }, popup);
    const preview = await handlers['kb.starterPreview']({}, popup);
    expect(preview.items.every((item) => item.status === 'unchanged')).toBe(true);
    const emptied = { ...before, entries: [], facts: [], stances: [] };
    const replaced = await importPack(kb, emptied, 'replace');
    expect(await kb.entries()).toEqual([]);
    expect(await handlers['kb.undoBulk']({ id: replaced.undo!.id }, popup)).toEqual(replaced.undo);
    const after = await handlers['kb.export']({ ids: null }, popup);
    expect({ ...after, exportedAt: '' }).toEqual({ ...before, exportedAt: '' });
    await expect(handlers['kb.undoBulk']({ id: replaced.undo!.id }, popup)).rejects.toThrow(
      /Nothing was changed/,
    );
  });

  it("pairs a tab's page script and its popover frame with one ticket, and other tabs with others", async () => {
    const { handlers } = await setup();
    const script = { id: 'ext', url: 'https://news.example/a', tab: { id: 9 } };
    const frame = { id: 'ext', url: 'chrome-extension://ext/popover.html', tab: { id: 9 } };
    const elsewhere = { id: 'ext', url: 'https://news.example/b', tab: { id: 10 } };
    const { ticket } = await handlers['ui.frameTicket']({}, script);
    expect((await handlers['ui.frameTicket']({}, frame)).ticket).toBe(ticket);
    expect((await handlers['ui.frameTicket']({}, elsewhere)).ticket).not.toBe(ticket);
  });

  it("answers a page script with the reader's settings, which it no longer reads from storage", async () => {
    const { handlers } = await setup();
    const script = { id: 'ext', url: 'https://news.example/a', tab: { id: 9 } };
    expect(await handlers['page.settings']({}, script)).toEqual({
      ...DEFAULT_SETTINGS,
      disabledSites: ['news.example'],
    });
  });
});
