import { corpusStats } from './analysis.mjs';
import { refRatio } from './report-page-tables.mjs';
import { table } from './report-tables.mjs';
import { ms, times } from './stats.mjs';

/** The page with the longest task or frame (the observers report only those over 50 ms), or "none". */
const longOn = (row, value) => (value > 0 ? `${ms(value)} ms (${row?.name})` : 'none');

/**
 * Corpus-wide medians and worst pages per knowledge base, and how many pages had no measurable floor.
 * @param {any[]} pages
 * @param {{ key: string, label: string }[]} kbs
 * @param {Record<string, { label: string }>} libraries
 */
export function corpusTable(pages, kbs, libraries) {
  const refs = Object.entries(libraries);
  const unfloored = corpusStats(pages, kbs[0]?.key ?? '').unfloored;
  const rows = table(
    [
      'Knowledge base',
      'Pages',
      'Median floor',
      'Median scan',
      'Median scan ÷ floor',
      'Worst scan ÷ floor',
      ...refs.flatMap(([, { label }]) => [
        `Median ${label} ÷ ours`,
        `Worst ${label} ÷ ours`,
        `Pages ${label} beats us`,
      ]),
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
        ...refs.flatMap(([key]) => {
          const r = c.refs[key];
          const worst = r?.worst;
          return [
            times(r?.perOurs ?? Number.NaN),
            `${refRatio(worst?.refs[key])} (${worst?.name})`,
            `${r?.faster ?? 0}${r?.capped ? ` (${r.capped} capped)` : ''}`,
          ];
        }),
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
