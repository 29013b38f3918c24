import { pageStats } from './analysis.mjs';
import { profileTables, traceTable } from './report-tables.mjs';
import { bytes, ms } from './stats.mjs';

/** How the run was set up, so the tables can be read. */
export function method({ plan, kbs, news, corpus, libraries }) {
  const big = kbs[kbs.length - 1];
  const refs = Object.values(libraries)
    .map((l) => `${l.label} ${l.version}`)
    .join('** and **');
  const tiny = corpus.filter((page, i) => i >= plan.largest && page.bytes < plan.tinyBytes).length;
  return `- Every measurement is taken in a **fresh load** of the page (the libraries rewrite the DOM, and a fresh load also
  keeps our code as cold as a content script is on a new page), served over http by \`scripts/serve.mjs\`; every
  request to another origin is aborted with \`context.route\`, and the corpus pages' own scripts are blocked by the
  server's CSP. The harness (\`scripts/bench/page-harness.ts\`, bundled by esbuild with our real
  \`utils/matcher\` and \`utils/engine\` modules) and the library under test are evaluated in the page after \`load\`
  through DevTools (the CSP forbids script tags), after a \`<style>\` with the CSS the built extension's manifest
  injects into every page (the content script relies on it for the default look); then the page gets two frames
  and 10 ms to settle.
- **Floor**: one \`TreeWalker(document.body, SHOW_TEXT)\` pass reading every character of every text node
  (\`charCodeAt\`, summed so none is skipped): the least any scan that looks at the text can cost. Its loop is
  optimised first on a detached tree of one-byte and two-byte text (\`scripts/bench/page-floor.ts\`), so the
  page's nodes are still cold but V8's compile of a ten-line loop (about ten times the warm read on the largest
  pages) is not in it.
- **Our build**: \`matcherDataSteps(records)\` on the alias records \`aliasRecordsOf\` makes from the entries
  (records are made before timing), run chunk by chunk back to back; the build time is the chunks' sum. The
  background does this once per knowledge-base version (\`entrypoints/background/page-matcher.ts\`) and sends
  every page the result packed (\`toWire\`: raw bytes, deflated only from 2.5 MiB); a page only **unpacks** it
  (\`fromWire\` and \`matcherFrom\`, in steps, pausing for a task of its own once a stretch
  of steps has run 16 ms, as the page session runs it; timed here on a structured clone of the packed form, as the
  browsers' messaging delivers it: the stretches' sum, the inflate's waits included, and the longest stretch).
- **Our scan**: the page-session wiring (Highlighter behind the ViewportGate, Scanner on \`browserIdle(window)\`,
  TreeObserver) running \`rescan()\` until it settles. \`browserIdle\` runs a slice in the idle period it is
  asked for in while that period has time left (after a task boundary), else in the next one. Timed: each
  slice, each ViewportGate IntersectionObserver callback and batch of new targets, and each idle slice of the report
  the session builds after settling; **work** is their sum
  (idle gaps excluded), **longest piece** their maximum. PerformanceObservers for \`longtask\` and
  \`long-animation-frame\` run meanwhile.
  **Main-thread busy** is Chromium's TaskDuration over the scan (rendering of the highlights included).
- **${refs}**: \`new Mark(document.body).markRegExp(re, { acrossElements: false })\` (advanced-mark.js keeps
  mark.js's API), each with one regular expression for all aliases, written as a prefix tree
  (${big?.regexpChars.toLocaleString('en')} characters for ${big?.label}): case-insensitive aliases under \`i\`,
  case-sensitive ones in a \`(?-i:…)\` group, spaces as \`\\s+\`. That is each library at its fastest (see the
  note on \`mark(array)\`). V8 compiles an expression once per string encoding, so before the timed call it is
  run on a long one-byte string and on a long two-byte one, each compiling it to native code; that **regexp
  build** is timed apart, like our build, and a page with non-Latin-1 text no longer makes the timed call
  compile. A never-matching nonce branch keeps V8's per-process regexp cache from handing a later load a
  compiled expression. Cap: ${plan.capMs / 1000} s per load; a capped run counts at the cap.
- Runs per measurement (medians reported): generated page ${news.runs}; the ${Math.min(plan.largest, corpus.length)}
  largest corpus pages ${plan.largestRuns}; the other corpus pages ${plan.otherRuns}, or ${plan.tinyRuns} for the
  ${tiny} test fixtures under ${bytes(plan.tinyBytes)} (there the page load is most of the cost). Automaton heap:
  ${plan.heapRuns} runs, live heap after a forced GC (CDP \`HeapProfiler.collectGarbage\` +
  \`Runtime.getHeapUsage\`) before and after the build, on an empty page. "Longest" figures are the maximum over
  all runs, not a median.`;
}

/** Caveats that matter when reading the numbers. */
export function notes({ machine, keywords }) {
  const keywordLine = `mark.js's \`mark(aliasTexts, { separateWordSearch: false, accuracy: 'partially', diacritics: false,
  acrossElements: false })\` walks the whole document once per alias: with the ${keywords.kb} on ${keywords.page} it
  took ${keywords.capped ? '> ' : ''}${ms(keywords.ms)} ms (${keywords.marks} marks); for 30,000 aliases that is
  30,000 walks, hence markRegExp. A plain \`a|b|c…\` alternation of the 30,000 aliases is no way out either: tried
  once in Node's V8 while writing this bench, it had not finished 1 MB of text after two minutes, where the
  prefix tree took about 50 ms.`;
  return `- The machine is shared and was busy (one-minute load average ${machine.loadStart.toFixed(2)} at the start,
  ${machine.loadEnd.toFixed(2)} at the end, on ${machine.cores} cores): absolute times are noisy; the ratios, taken
  from the same runs interleaved, are steadier, but still treat single pages with care.
- The floor reads each character once and does nothing else: no folding, no matching, no style or layout
  reads, no ranges; it also reads \`<script>\`/\`<style>\` text our scanner skips. Timers are coarsened to
  0.1 ms, so on small pages (floor ≈ 0.1–0.5 ms) the ratio to the floor mostly measures fixed costs and timer
  granularity.
- The comparison with the libraries is not like for like: they find substrings (no word boundaries, no
  diacritic or apostrophe folding, no needsContext rule) and wrap each match in a \`<mark>\` element, which costs
  a re-layout afterwards (in "main-thread busy", not in their time); we read visibility, build text blocks across
  inline elements, fold text, resolve needsContext page-wide, and register highlight ranges.
- ${keywordLine}
- The session's messaging (asking the background for aliases, sending the report) is not included, nor are
  the idle gaps between build chunks.`;
}

/** Shares of our own JavaScript's self time (the first four kinds of work) in one profile. */
function jsShares(breakdown) {
  const js = breakdown.groups.slice(0, 4);
  const total = js.reduce((sum, g) => sum + g.ms, 0);
  return js.map((g) => `${g.name.toLowerCase()} ${((100 * g.ms) / total).toFixed(0)} %`).join(', ');
}

/** What the traced scan says about style recalculation, the one cost that can make a single long task. */
function styleLine(phase) {
  const longest = phase('Longest style recalculation').ms;
  const forced = phase('Style recalculation forced inside our slices');
  if (longest <= 50) {
    return `**No long style recalculation** during the traced scan (longest ${ms(longest)} ms): the default look
  comes from the manifest's stylesheet, so no sheet is adopted mid-scan.`;
  }
  return `**A ${ms(longest)} ms style recalculation** during the traced scan (${ms(forced.ms)} ms of recalculation
  inside our slices): adopting a \`::highlight\` stylesheet invalidates every element's style, and the walk's
  next \`checkVisibility()\` recalculates it synchronously if no frame got there first.`;
}

/** The "where our time goes" section: a summary drawn from the trace and the profiles, then their tables. */
export function timeGoes({ trace, profile, profileLargest, news, kbs }) {
  const phase = (name) => trace.phases.find((p) => p.phase === name) ?? { ms: 0, count: 0 };
  const s = pageStats(news, kbs[kbs.length - 1]?.key ?? '');
  const perChar = (value) => `${((value * 1e6) / news.chars).toFixed(1)} ns`;
  const [matching] = profile.breakdown.groups;
  const jsTotal = profile.breakdown.groups.slice(0, 4).reduce((sum, g) => sum + g.ms, 0);
  const io = phase('IntersectionObserver updates');
  const profiled = profileTables(profile.breakdown);
  return `## Where our time goes

One scan of the generated page with the ${trace.kb} under Chromium's timeline trace, and one under the sampling
profiler (one scan each: proportions, not medians).

- **Our JavaScript** (profile, self time): ${jsShares(profile.breakdown)}. On ${profileLargest.page}, the
  largest corpus page, with the same base: ${jsShares(profileLargest.breakdown)}.
- **The browser working for us between slices** (trace): ${ms(phase('Our slices').ms)} ms in our slices,
  but ${ms(phase('All main-thread tasks').ms)} ms of main-thread tasks during the scan. IntersectionObserver
  updates took ${ms(io.ms)} ms over ${io.count} frames: the ViewportGate observes every container holding
  mentions, and Chromium recomputes all observed targets in each frame that brings new ones, so the gate hands
  them over in batches (at once, unless a batch went out in the last 250 ms). Pre-paint and
  compositing inputs took ${ms(phase('Pre-paint and compositing inputs').ms)} ms.
- ${styleLine(phase)}
- **Against the floor** (generated page, timed runs): the floor costs ${perChar(s.floor)} per text character,
  as it takes each node's string without looking into it; our scan costs ${perChar(s.work)}, of which matching
  alone (its share of our JavaScript above) is about ${perChar((s.work * (matching?.ms ?? 0)) / jsTotal)}: folding
  every character and stepping the automaton once per folded unit.

${traceTable(trace.phases)}

${profiled.groups}

\`(program)\` here is all native time while the profiler ran, frames and DevTools traffic around the scan
included; the trace above splits the browser's part. The same kinds of work for ${profileLargest.page} (${ms(profileLargest.result.workMs)} ms of work, profiler on):

${profileTables(profileLargest.breakdown).groups}

Per source file and per function, generated page:

${profiled.files}

${profiled.functions}`;
}
