import { taskPause } from '@/utils/engine/browser-idle';
import { FarTails } from '@/utils/engine/far-tails';
import { FrameWatch } from '@/utils/engine/frame-watch';
import type { HighlightEnv } from '@/utils/engine/highlight-env';
import { Highlighter } from '@/utils/engine/highlighter';
import type { RequestIdle } from '@/utils/engine/idle-loop';
import type { PageMention, Painter } from '@/utils/engine/page-mentions';
import { Scanner } from '@/utils/engine/scanner';
import { TreeObserver } from '@/utils/engine/tree-observer';
import { type ObserverFactory, ViewportGate } from '@/utils/engine/viewport-gate';
import type { Matcher } from '@/utils/matcher';
import { matcherFrom } from '@/utils/matcher/compile-matcher';
import { fromWire } from '@/utils/matcher/wire-unpack';
import { call } from '@/utils/protocol/call';
import type { CallResult } from '@/utils/protocol/calls';
import { onEvent, onTabCommand } from '@/utils/protocol/listen';
import type { HighlightStyle } from '@/utils/settings';
import { warn } from '@/utils/warn';
import { SessionReport } from './session-report';

/** Where a session runs; `envOf` and `createObserver` are for tests (happy-dom has no highlights nor layout). */
export interface SessionOptions {
  win: Window;
  requestIdle: RequestIdle;
  envOf?: (doc: Document) => HighlightEnv | null;
  createObserver?: ObserverFactory;
  /** The page already has the default highlight look from the manifest's stylesheet. */
  manifestStyles?: boolean;
  /** Paints somewhere other than the page's `CSS.highlights` (private highlights); the session destroys it. */
  painter?: StyledPainter;
  /** The matcher already asked for while the page parsed (./parse-gate.ts), used for the first scan. */
  matcher?: Promise<CallResult<'kb.matcher'>>;
  /** Hears the page's mentions in reading order once a scan settles, and an empty list when the session stops. */
  onMentions?: (mentions: readonly PageMention[], epoch: string) => void;
}

/** What paints the marks: the Highlighter, or the private overlay. */
export interface StyledPainter extends Painter {
  setStyle(style: HighlightStyle): void;
  destroy(): void;
}

/** A running session: stopping it unpaints the page and leaves nothing behind. */
export interface Session {
  destroy(): void;
  /** Restyles the highlights in place, without rescanning. */
  setStyle(style: HighlightStyle): void;
  /** Turns the topic gate on or off (a Settings switch): repaints from what was read, and reports again. */
  setTopicGate(on: boolean): void;
  /** The mentions painted now, which `onMentions` hears only once the scan has settled and the report delay passed. */
  mentions(): readonly PageMention[];
  /**
   * The epoch of the matcher it scans with now, whose entry numbers `mentions()` holds once a scan with it has settled
   * (`onMentions` hears each settled report's own epoch).
   */
  epoch(): string;
  /** The number of an entry it reported, by id (the popup's reveal names entries by id); undefined for another. */
  entryOf(id: string): number | undefined;
}

/**
 * One run of the content script on a page: fetches the matcher the background compiled and unpacks it, scans and
 * highlights, follows page changes and knowledge-base edits (`kb.changed` refetches and rescans),
 * and reports the mentions and the topic gate's verdict once the scan settles, and again when the page comes back
 * from the back/forward cache. The gate judges by the page's own hostname (an outlet's name on another outlet's site).
 * The start/stop seam lets a global pause or per-site switch turn the whole thing off and on.
 */
export function startSession(options: SessionOptions): Session {
  const { win, requestIdle, envOf, createObserver, onMentions, manifestStyles } = options;
  let matcher: Matcher | null = null;
  let version = -1;
  let epoch = '';
  let stopped = false;
  let topicGate = true;
  const listening = new AbortController();
  const highlighter = options.painter ?? new Highlighter(envOf, manifestStyles ? win.document : null);
  const gate = new ViewportGate(highlighter, createObserver);
  const scanner: Scanner = new Scanner({
    root: win.document,
    matcher: () => matcher,
    painter: gate,
    requestIdle,
    onTree: (tree) => observer.observe(tree),
    readFrame: (frame) => frames.read(frame),
    farTails: (onNear) => new FarTails(win.document, onNear, createObserver),
    onSettled: () => report.soon(),
  });
  const observer = new TreeObserver(scanner);
  const frames = new FrameWatch((frame, left) => scanner.frameLoaded(frame, left));
  const report = new SessionReport({
    win,
    epoch: () => epoch,
    snapshotSoon: (done) => scanner.snapshotSoon(done),
    onMentions,
    onStale: () => refresh().catch(warn),
  });
  scanner.configure({ hostname: win.location.hostname });

  let early = options.matcher;
  const refresh = async (): Promise<void> => {
    const asked = early ?? call('kb.matcher', {});
    early = undefined;
    const next = await asked;
    if (stopped || next.version < version || (next.version === version && next.epoch === epoch)) return;
    version = next.version;
    const unpacked = matcherFrom(await fromWire(next.matcher, taskPause()));
    if (stopped || next.version !== version) return;
    matcher = unpacked;
    epoch = next.epoch;
    scanner.configure({ facts: next.facts });
    scanner.rescan();
  };

  onEvent(
    'kb.changed',
    (event) => {
      if (event.version > version) refresh().catch(warn);
    },
    listening.signal,
  );
  win.addEventListener('pageshow', (event) => event.persisted && report.again(), {
    signal: listening.signal,
  });
  onTabCommand((command) => {
    if (command.type === 'page.reportAgain') report.again();
    else scanner.readAll();
  }, listening.signal);
  refresh().catch(warn);

  return {
    setStyle: (style) => highlighter.setStyle(style),
    mentions: () => scanner.snapshot().mentions,
    epoch: () => epoch,
    entryOf: (id) => report.entryOf(id),
    setTopicGate(on) {
      if (on === topicGate) return;
      topicGate = on;
      scanner.configure({ topicGate });
      report.soon();
    },
    destroy() {
      stopped = true;
      listening.abort();
      observer.destroy();
      frames.destroy();
      scanner.destroy();
      gate.destroy();
      highlighter.destroy();
      report.destroy();
    },
  };
}
