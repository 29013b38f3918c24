import type { BoxOf } from '@/utils/engine/far-place';
import { FarTails } from '@/utils/engine/far-tails';
import { FrameWatch } from '@/utils/engine/frame-watch';
import { HIGHLIGHT_NAMES } from '@/utils/engine/highlight-env';
import { Highlighter } from '@/utils/engine/highlighter';
import { Scanner } from '@/utils/engine/scanner';
import { TreeObserver } from '@/utils/engine/tree-observer';
import { compileMatcher, type Matcher } from '@/utils/matcher';
import {
  fakeEnv,
  fakeIntersections,
  manualIdle,
  mutationsDelivered,
  paintedText,
  TEST_ALIASES,
} from './engine-env';

/** A small article with two actors, one split across elements, and a proposal. */
export const PAGE =
  '<main><h1>Keir Starmer meets Macron</h1><p id="p">The <b>coalition</b> of the willing met.</p>' +
  '<p id="q">Macron spoke.</p></main>';

/** Scanners made by `setup`, for the tests' afterEach to destroy. */
export const running = new Set<() => void>();

/**
 * A scanner over the page (`html`, or the current DOM when null), observed and following its frames as the page
 * session wires it (every frame in sight at once, but those in `far`), scanned unless `start` is false. With `boxOf`
 * (a layout), it leaves what lies far below for later as the page session does, its tails watched by `tailSight`.
 */
export function setup(
  html: string | null = PAGE,
  options: {
    threshold?: number;
    budgetMs?: number;
    start?: boolean;
    far?: ReadonlySet<Element>;
    boxOf?: BoxOf;
  } = {},
) {
  if (html !== null) document.body.innerHTML = html;
  const env = fakeEnv();
  const idle = manualIdle();
  const sight = fakeIntersections(options.far);
  const tailSight = fakeIntersections(options.far);
  const finds: string[] = [];
  const counting = (inner: Matcher): Matcher => ({
    size: inner.size,
    sieve: () => inner.sieve(),
    find: (text) => {
      finds.push(text);
      return inner.find(text);
    },
  });
  let matcher = counting(compileMatcher(TEST_ALIASES));
  const highlighter = new Highlighter(() => env);
  const scanner: Scanner = new Scanner({
    root: document,
    matcher: () => matcher,
    painter: highlighter,
    requestIdle: idle.requestIdle,
    budgetMs: options.budgetMs,
    onTree: (tree) => observer.observe(tree),
    readFrame: (frame) => frames.read(frame),
    farTails: options.boxOf
      ? (onNear) => new FarTails(document, onNear, tailSight.createObserver, options.boxOf)
      : undefined,
  });
  const observer = new TreeObserver(scanner, options.threshold);
  const frames = new FrameWatch((frame, left) => scanner.frameLoaded(frame, left), sight.createObserver);
  running.add(() => {
    observer.destroy();
    frames.destroy();
    scanner.destroy();
  });
  if (options.start !== false) {
    scanner.rescan();
    idle.flush();
  }
  return {
    scanner,
    idle,
    sight,
    tailSight,
    finds,
    highlighter,
    actors: () => paintedText(env, HIGHLIGHT_NAMES.actor),
    proposals: () => paintedText(env, HIGHLIGHT_NAMES.proposal),
    setMatcher: (next: Matcher) => {
      matcher = counting(next);
    },
    sync: async () => {
      await mutationsDelivered();
      idle.flush();
    },
  };
}
