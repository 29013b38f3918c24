import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { PageMention } from '@/utils/engine/page-mentions';
import type { ReaderPresence } from '@/utils/engine/popover/reader-presence';
import type { PointerSpot } from '@/utils/engine/popover/resting-pointer';
import type { Card } from '@/utils/model';
import type { PopoverCommand, StartPopover } from '../popover-host/popover-controller';
import { CardCache } from './card-cache';
import { lazyPopover } from './lazy-popover';

const OWN = { id: fakeBrowser.runtime.id };

/** The entries of these pages by the numbers their matcher gives them, and each number's name, to read results by. */
const NUMBERS: Record<string, number> = { macron: 1, nato: 2 };
/** The epoch of those numbers. */
const EPOCH = 'epoch-1';
const nameOf = (entry: number) => Object.keys(NUMBERS).find((name) => NUMBERS[name] === entry) ?? `#${entry}`;

/**
 * A popover whose code loads when `release` is called, recording what it was told and how often it started; the
 * reader is at the page from the start unless `present` is false, and then arrives when `arrive` is called.
 */
function recorder({ present = true } = {}) {
  let here = present;
  let arrivals: (() => void)[] = [];
  const presence: ReaderPresence = {
    whenPresent(onPresent, signal) {
      if (here) return onPresent();
      arrivals.push(() => signal.aborted || onPresent());
    },
  };
  const told: string[][] = [];
  const commands: PopoverCommand[] = [];
  let loads = 0;
  let started = 0;
  let destroyed = 0;
  let release: () => void = () => {};
  const start: StartPopover = () => {
    started++;
    return {
      setMentions: (mentions) => told.push(mentions.map((mention) => nameOf(mention.entry))),
      command: (command) => commands.push(command),
      destroy: () => destroyed++,
    };
  };
  const load = () => {
    loads++;
    return new Promise<StartPopover>((resolve) => {
      release = () => resolve(start);
    });
  };
  const fetched: string[][] = [];
  let painted: PageMention[] = [];
  const epochs: string[] = [];
  const cards = new CardCache(async (epoch, entries) => {
    epochs.push(epoch);
    fetched.push(entries.map(nameOf));
    return entries.map((entry) => ({ entry: { id: nameOf(entry) } }) as Card);
  });
  return {
    options: {
      win: window,
      settings: () => ({}) as never,
      load,
      presence,
      cards,
      painted: () => painted,
      resting: () => null,
      epoch: () => EPOCH,
      entryOf: (id: string) => NUMBERS[id],
    },
    arrive: () => {
      here = true;
      for (const onPresent of arrivals) onPresent();
      arrivals = [];
    },
    paint: (mentions: PageMention[]) => {
      painted = mentions;
    },
    release: async () => {
      release();
      await Promise.resolve();
      await Promise.resolve();
    },
    told,
    commands,
    fetched,
    epochs,
    counts: () => ({ loads, started, destroyed }),
  };
}

function mention(name: string): PageMention {
  return { range: document.createRange(), entry: NUMBERS[name]!, text: name };
}

/** Lets pending card fetches land. */
const settled = () => new Promise((resolve) => setTimeout(resolve));

const tell = (message: unknown) => fakeBrowser.runtime.onMessage.trigger(message, OWN, () => {});

describe('lazyPopover', () => {
  beforeEach(() => fakeBrowser.reset());

  it('loads no code, fetches no card and ignores commands while the page has no mention painted', async () => {
    const popover = recorder();
    const lazy = lazyPopover(popover.options);
    lazy.setMentions([], EPOCH);
    lazy.setMentions([], EPOCH);
    await tell({ type: 'page.step', direction: 1 });
    lazy.destroy();
    expect(popover.counts()).toEqual({ loads: 0, started: 0, destroyed: 0 });
    expect(popover.fetched).toEqual([]);
  });

  it('with a reader at the page, at the first mention fetches the cards while its code loads, then starts once', async () => {
    const popover = recorder();
    const lazy = lazyPopover(popover.options);
    lazy.setMentions([mention('macron'), mention('macron')], EPOCH);
    await settled();
    lazy.setMentions([mention('macron'), mention('nato')], EPOCH);
    expect(popover.fetched).toEqual([['macron'], ['nato']]);
    expect(popover.counts()).toEqual({ loads: 1, started: 0, destroyed: 0 });
    await popover.release();
    lazy.setMentions([], EPOCH);
    expect(popover.counts()).toEqual({ loads: 1, started: 1, destroyed: 0 });
    expect(popover.told).toEqual([['macron', 'nato'], []]);
  });

  it('carries out a command heard while its code loads once it has started, the ones after at once, and no reveal of an entry not reported', async () => {
    const popover = recorder();
    const lazy = lazyPopover(popover.options);
    lazy.setMentions([mention('macron')], EPOCH);
    await tell({ type: 'page.step', direction: 1 });
    await tell({ type: 'page.reportAgain' });
    await tell({ type: 'page.readAll' });
    expect(popover.commands).toEqual([]);
    await popover.release();
    expect(popover.commands).toEqual([{ type: 'page.step', direction: 1 }]);
    await tell({ type: 'page.reveal', entryId: 'macron' });
    await tell({ type: 'page.reveal', entryId: 'merz' });
    await tell({ type: 'page.readAll' });
    await tell({ type: 'page.step', direction: 2 });
    expect(popover.commands).toEqual([
      { type: 'page.step', direction: 1 },
      { type: 'page.reveal', entry: NUMBERS.macron },
    ]);
  });

  it('starts at once for a command heard while names are painted but not reported yet, and carries it out', async () => {
    // A command is the reader's: it starts the popover although no other input was heard.
    const popover = recorder({ present: false });
    const lazy = lazyPopover(popover.options);
    popover.paint([mention('macron'), mention('nato')]);
    await tell({ type: 'page.step', direction: -1 });
    expect(popover.counts().loads).toBe(1);
    expect(popover.fetched).toEqual([['macron', 'nato']]);
    await popover.release();
    expect(popover.told).toEqual([['macron', 'nato']]);
    expect(popover.commands).toEqual([{ type: 'page.step', direction: -1 }]);
    lazy.destroy();
  });

  it('loads no code and fetches no card for mentions until a reader is at the page, then starts', async () => {
    const popover = recorder({ present: false });
    const lazy = lazyPopover(popover.options);
    lazy.setMentions([mention('macron')], EPOCH);
    lazy.setMentions([mention('macron'), mention('nato')], EPOCH);
    await settled();
    expect(popover.counts()).toEqual({ loads: 0, started: 0, destroyed: 0 });
    expect(popover.fetched).toEqual([]);
    popover.arrive();
    expect(popover.counts().loads).toBe(1);
    await popover.release();
    expect(popover.told).toEqual([['macron', 'nato']]);
    expect(popover.fetched).toEqual([['macron', 'nato']]);
    lazy.destroy();
  });

  it('starts at the first mention once a reader has arrived before it, and not for a reader alone', async () => {
    const popover = recorder({ present: false });
    const lazy = lazyPopover(popover.options);
    popover.arrive();
    lazy.setMentions([], EPOCH);
    expect(popover.counts().loads).toBe(0);
    lazy.setMentions([mention('nato')], EPOCH);
    expect(popover.counts().loads).toBe(1);
    expect(popover.fetched).toEqual([['nato']]);
    lazy.destroy();
  });

  it('never loads when destroyed before a reader arrives', async () => {
    const popover = recorder({ present: false });
    const lazy = lazyPopover(popover.options);
    lazy.setMentions([mention('macron')], EPOCH);
    lazy.destroy();
    popover.arrive();
    expect(popover.counts()).toEqual({ loads: 0, started: 0, destroyed: 0 });
    expect(popover.fetched).toEqual([]);
  });

  it('fetches the cards again after a knowledge-base change', async () => {
    const popover = recorder();
    const lazy = lazyPopover(popover.options);
    lazy.setMentions([mention('macron')], EPOCH);
    await settled();
    await tell({ type: 'kb.changed', version: 2 });
    expect(popover.fetched).toEqual([['macron'], ['macron']]);
    lazy.destroy();
  });

  it('asks cards in the epoch of the mentions it holds, and forgets the cards of another epoch', async () => {
    const popover = recorder();
    const lazy = lazyPopover(popover.options);
    lazy.setMentions([mention('macron')], EPOCH);
    await settled();
    lazy.setMentions([mention('macron'), mention('nato')], EPOCH);
    await settled();
    lazy.setMentions([mention('macron')], 'epoch-2');
    await settled();
    expect(popover.fetched).toEqual([['macron'], ['nato'], ['macron']]);
    expect(popover.epochs).toEqual([EPOCH, EPOCH, 'epoch-2']);
    lazy.destroy();
  });

  it('never starts when destroyed while its code loads, and a destroyed one hears nothing more', async () => {
    const popover = recorder();
    const lazy = lazyPopover(popover.options);
    lazy.setMentions([mention('macron')], EPOCH);
    lazy.destroy();
    await popover.release();
    lazy.setMentions([mention('nato')], EPOCH);
    await tell({ type: 'kb.changed', version: 2 });
    expect(popover.counts()).toEqual({ loads: 1, started: 0, destroyed: 0 });
    expect(popover.fetched).toEqual([['macron']]);
  });

  it('destroys the started popover once', async () => {
    const popover = recorder();
    const lazy = lazyPopover(popover.options);
    lazy.setMentions([mention('macron')], EPOCH);
    await popover.release();
    lazy.destroy();
    lazy.destroy();
    expect(popover.counts()).toEqual({ loads: 1, started: 1, destroyed: 1 });
  });
});

describe('lazyPopover and the resting pointer', () => {
  beforeEach(() => fakeBrowser.reset());

  it('hands the popover where the pointer rests as it starts, not where it rested when the page script began', async () => {
    const handed: unknown[] = [];
    let spot: PointerSpot | null = null;
    const popover = recorder();
    const lazy = lazyPopover({
      ...popover.options,
      resting: () => spot,
      load: async () => (options) => {
        handed.push(options.resting);
        return { setMentions() {}, command() {}, destroy() {} };
      },
    });
    spot = { x: 10, y: 20, alt: true };
    lazy.setMentions([mention('macron')], EPOCH);
    await settled();
    expect(handed).toEqual([{ x: 10, y: 20, alt: true }]);
  });
});
