import type { HighlightEnv, HighlightLike } from '@/utils/engine/highlight-env';
import type { Deadline, RequestIdle } from '@/utils/engine/idle-loop';
import type { ObserverFactory } from '@/utils/engine/viewport-gate';
import type { AliasRecord, Family } from '@/utils/model';

/** Knowledge-base aliases shared by the content script's tests and fixtures. */
export const TEST_ALIASES: AliasRecord[] = [
  ...(['Emmanuel Macron', 'Macron'] as const).map((text) => alias('macron', 'actor', text)),
  ...(['Keir Starmer', 'Starmer'] as const).map((text) => alias('starmer', 'actor', text)),
  alias('starmer', 'actor', 'Keir', false, true),
  alias('un', 'actor', 'UN', true),
  alias('un', 'actor', 'United Nations'),
  alias('nato', 'actor', 'NATO', true),
  alias('coalition', 'proposal', 'coalition of the willing'),
  alias('mfu', 'proposal', 'Multinational Force Ukraine'),
  alias('mfu', 'proposal', 'reassurance force', false, true),
];

function alias(entryId: string, family: Family, text: string, caseSensitive = false, needsContext = false) {
  return { entryId, family, generic: false, alias: { text, caseSensitive, needsContext } };
}

/** The records with the named entries marked generic, as the background marks organisations and countries. */
export function withGeneric(records: readonly AliasRecord[], ids: readonly string[]): AliasRecord[] {
  return records.map((record) => ({ ...record, generic: ids.includes(record.entryId) }));
}

/** A Highlight that just keeps its ranges. */
export class FakeHighlight implements HighlightLike {
  readonly ranges = new Set<AbstractRange>();
  add(range: AbstractRange): this {
    this.ranges.add(range);
    return this;
  }
  delete(range: AbstractRange): boolean {
    return this.ranges.delete(range);
  }
}

/** A highlight environment whose registry is a plain Map. */
export interface FakeEnv extends HighlightEnv {
  registry: Map<string, FakeHighlight>;
}

/** A highlight environment with a Map for CSS.highlights, since happy-dom has none. */
export function fakeEnv(): FakeEnv {
  return {
    registry: new Map<string, FakeHighlight>(),
    createHighlight: () => new FakeHighlight(),
    createSheet: () => new CSSStyleSheet(),
  };
}

/** Every node of the document in order, open shadow roots' nodes right after their host. */
function documentOrder(): Map<Node, number> {
  const order = new Map<Node, number>();
  const visit = (root: Node): void => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_ALL);
    for (let node: Node | null = walker.currentNode; node; node = walker.nextNode()) {
      order.set(node, order.size);
      const shadow = (node as Element).shadowRoot;
      if (shadow) visit(shadow);
    }
  };
  visit(document);
  return order;
}

/** The text under each painted range of a highlight, in reading order. */
export function paintedText(env: FakeEnv, name: string): string[] {
  const ranges = [...(env.registry.get(name)?.ranges ?? [])];
  const order = documentOrder();
  const key = (range: AbstractRange) => order.get(range.startContainer) ?? -1;
  ranges.sort((a, b) => key(a) - key(b) || a.startOffset - b.startOffset);
  return ranges.map((range) => {
    const live = document.createRange();
    live.setStart(range.startContainer, range.startOffset);
    live.setEnd(range.endContainer, range.endOffset);
    return live.toString();
  });
}

/** A scheduler run by hand: slices run only in flush(), each with `remaining` ms on its deadline. */
export function manualIdle(remaining = 50) {
  let queue: ((deadline: Deadline) => void)[] = [];
  let slices = 0;
  const requestIdle: RequestIdle = (run) => {
    queue.push(run);
    return () => {
      queue = queue.filter((queued) => queued !== run);
    };
  };
  return {
    requestIdle,
    /** Slices run so far. */
    get slices() {
      return slices;
    },
    /** Runs the next scheduled slice; false when none was. */
    step(): boolean {
      const run = queue.shift();
      if (!run) return false;
      slices++;
      run({ didTimeout: false, timeRemaining: () => remaining });
      return true;
    },
    /** Runs slices until none is scheduled. */
    flush(): void {
      for (let run = queue.shift(); run; run = queue.shift()) {
        slices++;
        run({ didTimeout: false, timeRemaining: () => remaining });
      }
    },
  };
}

/** Waits for pending MutationObserver callbacks. */
export function mutationsDelivered(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * An IntersectionObserver stand-in whose targets are all near the viewport unless `far` holds them, each 10 px
 * square unless `tiny` holds it (1 px).
 */
export function fakeIntersections(
  far: ReadonlySet<Element> = new Set(),
  tiny: ReadonlySet<Element> = new Set(),
) {
  const observed = new Set<Element>();
  let report: IntersectionObserverCallback = () => {};
  const entry = (target: Element, isIntersecting: boolean) => {
    const side = tiny.has(target) ? 1 : 10;
    return {
      target,
      isIntersecting,
      boundingClientRect: { width: side, height: side },
    } as IntersectionObserverEntry;
  };
  const createObserver: ObserverFactory = (callback) => {
    report = callback;
    return {
      observe: (target) => {
        observed.add(target);
        callback([entry(target, !far.has(target))], {} as IntersectionObserver);
      },
      unobserve: (target) => observed.delete(target),
      disconnect: () => observed.clear(),
    };
  };
  return {
    createObserver,
    observed,
    /** Reports a target entering or leaving the viewport's neighbourhood. */
    move: (target: Element, near: boolean) => report([entry(target, near)], {} as IntersectionObserver),
  };
}
