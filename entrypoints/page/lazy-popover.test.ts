import { describe, expect, it } from 'vitest';
import type { PageMention } from '@/utils/engine/page-mentions';
import { lazyPopover } from './lazy-popover';
import type { Popover } from './popover-controller';

/** A popover that records what it was told, and how many were started. */
function recorder() {
  const told: string[][] = [];
  let started = 0;
  let destroyed = 0;
  const start = (): Popover => {
    started++;
    return {
      setMentions: (mentions) => told.push(mentions.map((mention) => mention.entryId)),
      destroy: () => destroyed++,
    };
  };
  return { start, told, started: () => started, destroyed: () => destroyed };
}

function mention(entryId: string): PageMention {
  const range = document.createRange();
  return { range, entryId, text: entryId };
}

describe('lazyPopover', () => {
  it('starts nothing while the page has no mention, however often it is told so', () => {
    const popover = recorder();
    const lazy = lazyPopover(popover.start);
    lazy.setMentions([]);
    lazy.setMentions([]);
    lazy.destroy();
    expect(popover.started()).toBe(0);
    expect(popover.destroyed()).toBe(0);
  });

  it('starts once at the first mention and hands it every list from then on, an empty one too', () => {
    const popover = recorder();
    const lazy = lazyPopover(popover.start);
    lazy.setMentions([]);
    lazy.setMentions([mention('macron')]);
    lazy.setMentions([mention('macron'), mention('nato')]);
    lazy.setMentions([]);
    expect(popover.started()).toBe(1);
    expect(popover.told).toEqual([['macron'], ['macron', 'nato'], []]);
  });

  it('destroys the started popover once, and a destroyed one never starts again', () => {
    const popover = recorder();
    const lazy = lazyPopover(popover.start);
    lazy.setMentions([mention('macron')]);
    lazy.destroy();
    lazy.destroy();
    lazy.setMentions([mention('nato')]);
    expect(popover.destroyed()).toBe(1);
    expect(popover.started()).toBe(1);
    expect(popover.told).toEqual([['macron']]);
  });

  it('never starts when destroyed before the page had a mention', () => {
    const popover = recorder();
    const lazy = lazyPopover(popover.start);
    lazy.destroy();
    lazy.setMentions([mention('macron')]);
    expect(popover.started()).toBe(0);
  });
});
