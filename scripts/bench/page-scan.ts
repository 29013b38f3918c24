import { OBSERVE_BATCH_MS } from '@/utils/engine/batched-observer';
import { browserIdle } from '@/utils/engine/browser-idle';
import { Highlighter } from '@/utils/engine/highlighter';
import type { RequestIdle } from '@/utils/engine/idle-loop';
import type { PageSnapshot } from '@/utils/engine/page-mentions';
import { Scanner } from '@/utils/engine/scanner';
import { TreeObserver } from '@/utils/engine/tree-observer';
import { ViewportGate } from '@/utils/engine/viewport-gate';
import type { Matcher } from '@/utils/matcher';
import { LongTasks, settle, timed, timedObserverFactory } from './page-timing';

/** What one full scan-and-highlight of the page cost. */
export interface ScanResult {
  /** Sum of our tasks: idle slices, viewport-gate callbacks, and the settled report's slices. */
  workMs: number;
  slices: number;
  /** Longest single piece of our work: a slice, a gate callback or a slice of the report. */
  longestOursMs: number;
  longestSliceMs: number;
  /** Longest ViewportGate IntersectionObserver callback. */
  longestGateMs: number;
  /** Building the mention report and list once the scan settled, in idle slices as the session does: their sum. */
  reportMs: number;
  /** Longest slice of that report. */
  longestReportMs: number;
  /** Longest task of any kind the browser reported while we ran (0 when none passed 50 ms). */
  longestTaskMs: number;
  /** Longest animation frame (script and rendering) the browser reported while we ran (0 when none passed 50 ms). */
  longestFrameMs: number;
  /** From the scan's start until it settled, idle gaps included. */
  wallMs: number;
  /** Mentions shown on the page, and ranges registered (only those near the viewport are). */
  mentions: number;
  ranges: number;
  /** Distinct entries mentioned. */
  entries: number;
}

/** Ranges currently registered in the document's highlight registry. */
function registeredRanges(): number {
  let total = 0;
  for (const highlight of CSS.highlights.values()) total += highlight.size;
  return total;
}

/**
 * Scans and highlights the page wired as page-session.ts wires it for the content script (Highlighter relying on
 * the manifest's CSS, behind the ViewportGate; Scanner on browser idle callbacks; TreeObserver), timing every
 * slice; the session's messaging is left out, and the topic gate is off, so generic entries are shown too.
 */
export async function scanPage(matcher: Matcher): Promise<ScanResult> {
  const longTasks = new LongTasks();
  const idle = browserIdle(window);
  const slices: number[] = [];
  const gateCalls: number[] = [];
  const reports: number[] = [];
  const requestIdle: RequestIdle = (run) => idle((deadline) => timed(slices, () => run(deadline)));
  const highlighter = new Highlighter(undefined, document);
  const gate = new ViewportGate(highlighter, timedObserverFactory(gateCalls));
  let settled = (): void => {};
  const scanner: Scanner = new Scanner({
    root: document,
    matcher: () => matcher,
    painter: gate,
    requestIdle,
    onTree: (tree) => observer.observe(tree),
    onSettled: () => settled(),
  });
  // Generic entries shown, as before hits said which are generic: mention counts stay comparable across runs and
  // with the libraries, which mark every match.
  scanner.configure({ topicGate: false });
  const observer = new TreeObserver(scanner);
  const start = performance.now();
  await new Promise<void>((done) => {
    settled = done;
    timed(slices, () => scanner.rescan());
  });
  const wallMs = performance.now() - start;
  const scanSlices = slices.length;
  const snapshot = await new Promise<PageSnapshot>((done) => scanner.snapshotSoon(done));
  reports.push(...slices.splice(scanSlices));
  const mentions = snapshot.mentions.length;
  const entries = snapshot.summaries.length;
  await new Promise((done) => window.setTimeout(done, OBSERVE_BATCH_MS));
  await settle();
  const long = longTasks.stop();
  const ranges = registeredRanges();
  observer.destroy();
  const all = [...slices, ...gateCalls, ...reports];
  return {
    workMs: all.reduce((sum, ms) => sum + ms, 0),
    slices: slices.length,
    longestOursMs: Math.max(0, ...all),
    longestSliceMs: Math.max(0, ...slices),
    longestGateMs: Math.max(0, ...gateCalls),
    reportMs: reports.reduce((sum, ms) => sum + ms, 0),
    longestReportMs: Math.max(0, ...reports),
    longestTaskMs: long.taskMs,
    longestFrameMs: long.frameMs,
    wallMs,
    mentions,
    ranges,
    entries,
  };
}
