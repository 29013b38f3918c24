import { kbFigures } from './e2e-stats.mjs';
import { table } from './report-tables.mjs';
import { bytes, signed, signedMs } from './stats.mjs';

/** Bytes, signed when negative, or "–" without a figure. */
const bytesOr = (value) => signed(value, bytes);
/** "1 run", "3 runs". */
const runs = (count, noun) => `${count} ${noun}${count === 1 ? '' : 's'}`;

/** One browser's figures, one column per knowledge base. */
function browserTable(browser) {
  const figures = browser.kbs.map(kbFigures);
  const row = (label, pick) => [label, ...figures.map(pick)];
  return table(
    ['', ...figures.map((f) => f.label)],
    [
      row('Entries', (f) => f.entries.toLocaleString('en')),
      row('Import through the staged import (ms)', (f) => signedMs(f.importMs)),
      row(
        `**Added cost per page load, median of ${figures[0]?.pages} pages (ms)**`,
        (f) => `**${signedMs(f.addedCostMs)}**`,
      ),
      row(
        '… smallest / largest page (ms)',
        (f) => `${signedMs(f.addedCostRange[0])} / ${signedMs(f.addedCostRange[1])}`,
      ),
      row('… a page script that only sends one message (the platform floor), median (ms)', (f) =>
        signedMs(f.floorCostMs),
      ),
      row('… ours beyond that floor, median of per-page differences (ms)', (f) => signedMs(f.beyondFloorMs)),
      row(
        'Cost per load with / without the extension, medians (ms)',
        (f) => `${signedMs(f.withCostMs)} / ${signedMs(f.withoutCostMs)}`,
      ),
      row('Added time to the `load` event, median (ms)', (f) => signedMs(f.addedLoadMs)),
      row(
        '**First highlight after DOMContentLoaded, demo page (ms)**',
        (f) => `**${signedMs(f.firstHighlightMs)}**`,
      ),
      row('**JS heap per tab, with − without (demo page)**', (f) => `**${bytesOr(f.addedHeapBytes)}**`),
      row('… the platform floor (demo page)', (f) => bytesOr(f.floorHeapBytes)),
      row('JS heap of the tab with the extension', (f) => bytesOr(f.withHeapBytes)),
      row('Loads whose first report never came (of all with the extension)', (f) => String(f.unreported)),
    ],
  );
}

/** What the Firefox runs stand in for, and why. */
const FIREFOX_GAPS = `
**What Firefox could not measure**: main-thread task time, and a page's JS heap as V8 reports it. Firefox has
no TaskDuration counter, no long-task observer (\`PerformanceObserver.supportedEntryTypes\` lists no
\`longtask\`) and no \`performance.memory\`. So its cost is the CPU time of the whole content process that shows
the page (parser, IPC and other threads included, at the kernel's accounting resolution), read through
\`ChromeUtils.requestProcInfo\` in the browser's chrome window over WebDriver BiDi
(\`--remote-allow-system-access\`), and its heap is the JS memory its memory reporters count in that process
after every process collected its garbage: close to V8's used heap, not the same. Neither browser can split the
content script's own work from the rendering it causes; both figures include it.
`;

/**
 * The end-to-end section of BENCHMARKS.md: how the built extension was driven, one table per browser, and what
 * each browser could not measure.
 * @param {{ plan: { loadRuns: number, loadKbs: string[], demoRuns: number }, pages: string[],
 *   browsers: import('./e2e-run.mjs').BrowserRuns[] }} e2e
 */
export function endToEndMarkdown({ plan, pages, browsers }) {
  const sections = browsers.map(
    (b) => `### ${b.browser} ${b.version}

Cost: ${b.cost}. Heap: ${b.heap}.

${browserTable(b)}`,
  );
  return `## End to end: the built extension, per page load

The extension as a reader installs it (\`.output/chrome-mv3\` and \`.output/firefox-mv3\`, copied when the run
starts), each knowledge base imported as the popup's staged import sends it (\`kb.importBegin\`, chunks,
\`kb.importCommit\`, replacing the last) from an extension page. Each browser is launched three times the same way:
with the extension, with its **platform floor** (the same build, its page script swapped for one line that sends
one message to the extension and does nothing else: \`scripts/bench/floor-build.mjs\`), and without; every load is a
fresh tab, and requests off 127.0.0.1 fail at once (a dead proxy). The floor is what any extension whose content
script talks to it costs a page (the script's injection, the isolated world or sandbox, the extension API's
objects, one message): the part of each figure no page script of ours could remove.

- **Added cost per page load**: the ${pages.length} largest corpus pages (${pages.join(', ')}),
  ${runs(plan.loadRuns, 'run')} each with ${plan.loadKbs.join(' and ')} (the bases the issue bounds it for), with
  the extension, with the floor and without in turn. A load with it ends when an
  extension page listening for runtime messages hears the content script's first \`page.report\` (sent once its
  scan settled), plus 500 ms; its pairs with the floor and without the extension end as long after \`load\`, so
  all three count the same idle stretch. Per page: median with − median without (and floor − without, with −
  floor); the table gives the median over the pages.
- **First highlight**: the demo page (\`scripts/demo-page\`), ${runs(plan.demoRuns, 'load')} per base; a script
  added before the page's own checks \`CSS.highlights\` in every animation frame, and the time is from the start
  of DOMContentLoaded to the first frame holding a range (so up to one frame, 16.7 ms, late). The first load
  after each import is a warm-up and not counted.
- **JS heap per tab**: the demo tab once settled, with − without the extension, each side's least load; in Chromium
  the heap plus ArrayBuffer backing stores, where the unpacked matcher lives. Firefox's figure for a process jumps
  by about 0.31 MiB in some loads of every build, without the extension too (its own scripts parsed and still held
  when the reports are read), so a median landed on either side of that jump; Chromium's loads differ by under
  0.01 MB.
- The page script starts with V8's compile hint (\`scripts/eager-compile-plugin.ts\`): Chromium, which keeps no
  compiled code of content scripts between loads, compiles it whole as it injects it, so its whole compile is in
  each load's cost once; Firefox ignores the hint and keeps content scripts compiled in each process.
- Tried and dropped (2026-12-03): in Chrome, a one-line loader importing the page script as a module, which Chrome
  compiles on a background thread. Served at the per-session address, the module comes through a redirect that
  took 15–55 ms during a load and keeps Chrome from caching its compiled code; interleaved loads of the 12 largest
  pages came out 20–55 ms dearer on 9 of them, and the first highlight on the demo page about 12 ms later. At the
  extension's fixed address Chrome reuses the compiled code (under 1 ms), but every page could then probe for the
  extension, and the same loads showed no clear gain.
- The popover's code (\`popover-host.js\`, hover and placement) is a second script, which the page script imports
  only once a page shows a mention and a reader is at it (trusted input on the page, or a keyboard command): a page
  that shows none, or that nobody touches, never loads it. These loads give the page no input, so no figure here
  includes it; what a reader's first move adds is under "The popover's code on a reader's first input".
- Since 23fea57 a load reads the page down to one viewport below the visible one and leaves the rest until it
  comes near, or until the reader asks for the whole page ("What a page load reads: the near part first"). These
  loads neither scroll nor open the popup, so their first report, and their cost, cover that part only; a reader
  who scrolls through a page pays for the rest as they go.
- The background's own work (compiling the matcher once per knowledge-base version and answering \`kb.matcher\`,
  the import) runs in the extension's process and is not in a page's cost; on this 2-core machine it still
  competes with the page for the CPU.

${sections.join('\n\n')}
${browsers.some((b) => b.browser === 'Firefox') ? FIREFOX_GAPS : ''}`;
}
