import { pageStats } from './analysis.mjs';
import { table } from './report-tables.mjs';
import { bytes, ms, times } from './stats.mjs';

/**
 * @typedef {Record<string, { label: string }>} Libraries the reference libraries by key, as results.libraries
 */

/** A library's time, marked as a lower bound when a run hit the cap. */
const refMs = (r) => `${r?.capped ? '> ' : ''}${ms(r?.ms ?? Number.NaN)}`;
/** A library's time ÷ ours, a lower bound when a run hit the cap. */
export const refRatio = (r) => `${r?.capped ? '> ' : ''}${times(r?.perOurs ?? Number.NaN)}`;
/** A long task or frame: the observers report only those over 50 ms, so 0 means none. */
const long = (value) => (value > 0 ? ms(value) : 'none');

/** The rows of one library in a page's full table. */
function libraryRows(key, label, row) {
  const ref = (s) => s.refs[key];
  return [
    row(`${label}: regexp build, both string encodings (ms)`, (s) => ms(ref(s)?.compile ?? Number.NaN)),
    row('… of which first run on a two-byte string (ms)', (s) => ms(ref(s)?.twoByte ?? Number.NaN)),
    row(`**${label} markRegExp (ms)**`, (s) => `**${refMs(ref(s))}**`),
    row(`${label} ÷ our scan`, (s) => refRatio(ref(s))),
    row(`Main-thread busy for ${label}, re-layout included (ms)`, (s) => ms(ref(s)?.busy ?? Number.NaN)),
    row(`${label} marks`, (s) => (ref(s)?.marks ?? 0).toLocaleString('en')),
  ];
}

/**
 * Every figure of one page for each knowledge base, one column per base.
 * @param {any} page
 * @param {{ key: string, label: string }[]} kbs
 * @param {Libraries} libraries
 */
export function fullTable(page, kbs, libraries) {
  const stats = kbs.map((kb) => pageStats(page, kb.key));
  const row = (label, pick) => [label, ...stats.map(pick)];
  return table(
    ['', ...kbs.map((kb) => kb.label)],
    [
      row('Floor: TreeWalker reading every character (ms)', (s) => ms(s.floor)),
      row('Our build, in the background once per knowledge-base version (ms)', (s) => ms(s.compile)),
      row('**Unpacking the compiled matcher in the page (ms)**', (s) => `**${ms(s.unpack)}**`),
      row('**Our scan: work, sum of our tasks (ms)**', (s) => `**${ms(s.work)}**`),
      row('Our scan ÷ floor', (s) => times(s.oursPerFloor)),
      row('Idle slices', (s) => String(s.slices)),
      row('Longest piece of our work (ms)', (s) => ms(s.longestOurs)),
      row('… longest idle slice (ms)', (s) => ms(s.longestSlice)),
      row('… longest ViewportGate callback (ms)', (s) => ms(s.longestGate)),
      row('Longest task over 50 ms seen by the longtask observer (ms)', (s) => long(s.longestTask)),
      row('Longest animation frame over 50 ms, rendering included (ms)', (s) => long(s.longestFrame)),
      row('Report after settling, in idle slices (ms)', (s) => ms(s.report)),
      row('… its longest slice (ms)', (s) => ms(s.longestReport)),
      row('Scan start to settled, idle gaps included (ms)', (s) => ms(s.wall)),
      row('Main-thread busy during our scan, rendering included (ms)', (s) => ms(s.oursBusy)),
      row(
        'Mentions shown / entries',
        (s) => `${s.mentions.toLocaleString('en')} / ${s.entries.toLocaleString('en')}`,
      ),
      row('Highlight ranges registered (near the viewport only)', (s) => s.ranges.toLocaleString('en')),
      ...Object.entries(libraries).flatMap(([key, { label }]) => libraryRows(key, label, row)),
      row("Floor run's own busy time (evaluate + 2 frames) (ms)", (s) => ms(s.floorBusy)),
    ],
  );
}

/**
 * The largest corpus pages, one row each, for one knowledge base.
 * @param {any[]} pages
 * @param {string} kb
 * @param {Libraries} libraries
 */
export function largestTable(pages, kb, libraries) {
  const refs = Object.entries(libraries);
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
      ...refs.flatMap(([, { label }]) => [label, `${label} ÷ ours`]),
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
        ...refs.flatMap(([key]) => [refMs(s.refs[key]), refRatio(s.refs[key])]),
        String(s.mentions),
        String(page.runs),
      ];
    }),
  );
}
