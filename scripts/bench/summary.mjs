import { corpusStats, pageStats } from './analysis.mjs';
import { bytes, ms, times } from './stats.mjs';
import { targets } from './targets.mjs';

/**
 * A target's value as text: a ratio, a time, a size, "median / worst" times, or a long task or frame (the
 * observers report only those over 50 ms, so 0 means none).
 */
export function targetValue({ value, unit }) {
  if (Array.isArray(value)) return value.map((v) => `${ms(v)} ms`).join(' / ');
  if (unit === 'long' && value === 0) return 'none over 50 ms';
  if (unit === 'bytes') return bytes(value);
  return unit === '×' ? times(value) : `${ms(value)} ms`;
}

/**
 * The short stdout report: each target met or not, then the headline figures per knowledge base.
 * @param {Parameters<typeof targets>[0] & { news: import('./measure-page.mjs').PageResult }} results
 */
export function summaryLines(results) {
  const { news, corpus, kbs } = results;
  const lines = ['Targets:'];
  for (const row of targets(results)) {
    lines.push(
      `  ${row.met ? 'met    ' : 'NOT met'}  ${row.target} (${row.scope}): ${targetValue(row)}${row.note ? ` — ${row.note}` : ''}`,
    );
  }
  lines.push(
    `Generated news page (${bytes(news.bytes)}), floor ${ms(pageStats(news, kbs[0]?.key ?? '').floor)} ms:`,
  );
  const refs = Object.entries(results.libraries);
  for (const { key } of kbs) {
    const s = pageStats(news, key);
    const versus = refs.map(([lib, { label }]) => {
      const r = s.refs[lib];
      return `${label} ${r?.capped ? '> ' : ''}${ms(r?.ms ?? Number.NaN)} ms (${times(r?.perOurs ?? Number.NaN)} ours)`;
    });
    lines.push(
      `  ${key}: build ${ms(s.compile)} ms, scan ${ms(s.work)} ms (${times(s.oursPerFloor)} floor), ${versus.join(', ')}`,
    );
  }
  lines.push(`Corpus (${corpus.length} pages), medians of per-page medians:`);
  for (const { key } of kbs) {
    const c = corpusStats(corpus, key);
    const versus = refs.map(
      ([lib, { label }]) => `${label}/ours ${times(c.refs[lib]?.perOurs ?? Number.NaN)}`,
    );
    lines.push(
      `  ${key}: ours/floor ${times(c.oursPerFloor)} (worst ${c.worstFloor?.name} ${times(c.worstFloor?.oursPerFloor)}), ${versus.join(', ')}`,
    );
  }
  return lines;
}
