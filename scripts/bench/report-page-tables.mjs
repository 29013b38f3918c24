import { corpusStats, pageStats } from './analysis.mjs';
import { table } from './report-tables.mjs';
import { bytes, ms, times } from './stats.mjs';

/** mark.js's time, marked as a lower bound when a run hit the cap. */
const markMs = (s) => `${s.markCapped ? '> ' : ''}${ms(s.mark)}`;
/** A long task or frame: the observers report only those over 50 ms, so 0 means none. */
const long = (value) => (value > 0 ? ms(value) : 'none');
/** The page with the longest one, or "none". */
const longOn = (row, value) => (value > 0 ? `${ms(value)} ms (${row?.name})` : 'none');
const markRatio = (s) => `${s.markCapped ? '> ' : ''}${times(s.markPerOurs)}`;

/** Every figure of one page for each knowledge base, one column per base. */
export function fullTable(page, kbs) {
  const stats = kbs.map((kb) => pageStats(page, kb.key));
  const row = (label, pick) => [label, ...stats.map(pick)];
  return table(
    ['', ...kbs.map((kb) => kb.label)],
    [
      row('Floor: bare TreeWalker text read (ms)', (s) => ms(s.floor)),
      row('Our build: compile the automaton (ms)', (s) => ms(s.compile)),
      row('**Our scan: work, sum of our tasks (ms)**', (s) => `**${ms(s.work)}**`),
      row('Our scan ÷ floor', (s) => times(s.oursPerFloor)),
      row('Idle slices', (s) => String(s.slices)),
      row('Longest piece of our work (ms)', (s) => ms(s.longestOurs)),
      row('… longest idle slice (ms)', (s) => ms(s.longestSlice)),
      row('… longest ViewportGate callback (ms)', (s) => ms(s.longestGate)),
      row('Longest task over 50 ms seen by the longtask observer (ms)', (s) => long(s.longestTask)),
      row('Longest animation frame over 50 ms, rendering included (ms)', (s) => long(s.longestFrame)),
      row('Report after settling (ms)', (s) => ms(s.report)),
      row('Scan start to settled, idle gaps included (ms)', (s) => ms(s.wall)),
      row('Main-thread busy during our scan, rendering included (ms)', (s) => ms(s.oursBusy)),
      row(
        'Mentions shown / entries',
        (s) => `${s.mentions.toLocaleString('en')} / ${s.entries.toLocaleString('en')}`,
      ),
      row('Highlight ranges registered (near the viewport only)', (s) => s.ranges.toLocaleString('en')),
      row('mark.js regexp build (ms)', (s) => ms(s.markCompile)),
      row('**mark.js markRegExp (ms)**', (s) => `**${markMs(s)}**`),
      row('mark.js ÷ our scan', markRatio),
      row('Main-thread busy for mark.js, re-layout included (ms)', (s) => ms(s.markBusy)),
      row('mark.js marks', (s) => s.marks.toLocaleString('en')),
      row("Floor run's own busy time (evaluate + 2 frames) (ms)", (s) => ms(s.floorBusy)),
    ],
  );
}

/** The largest corpus pages, one row each, for one knowledge base. */
export function largestTable(pages, kb) {
  return table(
    [
      'Page',
      'Size',
      'Text chars',
      'Floor',
      'Build',
      'Our scan',
      '÷ floor',
      'Longest piece',
      'Long task',
      'Long frame',
      'mark.js',
      'mark.js ÷ ours',
      'Mentions',
      'Runs',
    ],
    pages.map((page) => {
      const s = pageStats(page, kb);
      return [
        page.name,
        bytes(page.bytes),
        page.chars.toLocaleString('en'),
        ms(s.floor),
        ms(s.compile),
        ms(s.work),
        times(s.oursPerFloor),
        ms(s.longestOurs),
        long(s.longestTask),
        long(s.longestFrame),
        markMs(s),
        markRatio(s),
        String(s.mentions),
        String(page.runs),
      ];
    }),
  );
}

/** Corpus-wide medians and worst pages per knowledge base, and how many pages had no measurable floor. */
export function corpusTable(pages, kbs) {
  const unfloored = corpusStats(pages, kbs[0]?.key ?? '').unfloored;
  const rows = table(
    [
      'Knowledge base',
      'Pages',
      'Median floor',
      'Median scan',
      'Median scan ÷ floor',
      'Worst scan ÷ floor',
      'Median mark.js ÷ ours',
      'Worst mark.js ÷ ours',
      'mark.js capped',
      'Longest piece',
      'Longest task',
      'Longest frame',
    ],
    kbs.map((kb) => {
      const c = corpusStats(pages, kb.key);
      return [
        kb.label,
        String(c.pages),
        `${ms(c.floor)} ms`,
        `${ms(c.work)} ms`,
        times(c.oursPerFloor),
        `${times(c.worstFloor?.oursPerFloor)} (${c.worstFloor?.name})`,
        times(c.markPerOurs),
        `${times(c.worstMark?.markPerOurs)} (${c.worstMark?.name})`,
        String(c.capped),
        `${ms(c.longestOurs?.longestOurs)} ms (${c.longestOurs?.name})`,
        longOn(c.longestTask, c.longestTask?.longestTask ?? 0),
        longOn(c.longestFrame, c.longestFrame?.longestFrame ?? 0),
      ];
    }),
  );
  const note = `${unfloored} pages had a floor of 0 ms (under the 0.1 ms timer resolution); they are left out of
the floor ratios.`;
  return unfloored > 0 ? `${rows}\n\n${note}` : rows;
}
