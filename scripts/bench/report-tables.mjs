import { bytes, median, ms } from './stats.mjs';
import { targetValue } from './summary.mjs';
import { targets } from './targets.mjs';

/** A Markdown table from a header row and body rows. */
export function table(header, rows) {
  const line = (cells) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

/** Each target with what it was judged on and whether it was met. */
export function targetsTable(results) {
  return table(
    ['Target', 'Measured on', 'Value', 'Met'],
    targets(results).map((row) => [
      row.target,
      row.scope,
      targetValue(row),
      `${row.met ? 'met' : '**not met**'}${row.note ? ` (${row.note})` : ''}`,
    ]),
  );
}

/** Size, build time and automaton heap per knowledge base. */
export function kbTable(results) {
  const pages = [results.news, ...results.corpus];
  return table(
    [
      'Knowledge base',
      'Entries',
      'Alias records',
      'Build, median / worst (ms)',
      'Longest build chunk, median / worst (ms)',
      'Automaton heap, median',
    ],
    results.kbs.map((kb) => {
      const runs = (field) => pages.flatMap((page) => page.ours[kb.key]?.[field] ?? []);
      const compiles = runs('compileMs');
      const chunks = runs('compileChunkMs');
      const worst = Math.max(0, ...compiles);
      return [
        kb.label,
        kb.entries.toLocaleString('en'),
        kb.aliases.toLocaleString('en'),
        `${ms(median(compiles))} / ${ms(worst)} (${compiles.length} builds)`,
        `${ms(median(chunks))} / ${ms(Math.max(0, ...chunks))}`,
        bytes(median(kb.heap)),
      ];
    }),
  );
}

/** Self time per kind of work, per source file and for the top functions of one profiled scan. */
export function profileTables(breakdown) {
  const share = (value) => `${((100 * value) / breakdown.totalMs).toFixed(1)} %`;
  const groups = table(
    ['Kind of work', 'Self time (ms)', 'Share'],
    breakdown.groups.map((g) => [g.name, ms(g.ms), share(g.ms)]),
  );
  const files = table(
    ['Where', 'Self time (ms)', 'Share'],
    breakdown.files.slice(0, 14).map((f) => [f.name, ms(f.ms), share(f.ms)]),
  );
  const functions = table(
    ['Function · file', 'Self time (ms)', 'Share'],
    breakdown.functions.slice(0, 12).map((f) => [f.name, ms(f.ms), share(f.ms)]),
  );
  return { groups, files, functions };
}

/** Main-thread time per phase during one traced scan. */
export function traceTable(phases) {
  return table(
    ['Main-thread phase', 'Time (ms)', 'Events'],
    phases.map((p) => [p.phase, ms(p.ms), String(p.count)]),
  );
}
