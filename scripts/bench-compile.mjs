// Times the matcher build (alias table, trie, and the rest of the automaton) in Node at two checkouts, so a
// change's cost to compiling is measured against the code before it on the same machine and load (issue 15):
//   git worktree add --detach /tmp/fl-base <revision> && ln -s "$PWD/node_modules" /tmp/fl-base/node_modules
//   node scripts/bench-compile.mjs /tmp/fl-base [<head-checkout>] [--runs N] [--warmup N] [--cold N]
// The head checkout is this one unless given (its working tree, uncommitted edits included). Warm figures are
// medians of interleaved runs in one process; --cold N also starts N fresh processes per side and knowledge base
// and times their first build, as bench-compare's browser pages do. Each side compiles its own starter pack.
import { execFileSync } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { numberOption, positionals } from './bench/cli-args.mjs';
import { compileBundle } from './bench/compile-bundle.mjs';
import { compileKbs, timeCompile, timePhases } from './bench/compile-timing.mjs';
import { median, ms, times } from './bench/stats.mjs';

const self = fileURLToPath(import.meta.url);
const args = process.argv.slice(2);

if (args[0] === '--child') {
  const [, bundle, root, kb] = args;
  const modules = await import(bundle);
  const records = (await compileKbs(modules, root))[kb];
  process.stdout.write(JSON.stringify(timeCompile(modules, records)));
  process.exit(0);
}

const dirs = positionals(args);
if (!dirs[0])
  throw new Error('Usage: node scripts/bench-compile.mjs <base-checkout> [<head-checkout>] [--runs N]');
const RUNS = numberOption(args, '--runs', 9);
const WARMUP = numberOption(args, '--warmup', 3);
const COLD = numberOption(args, '--cold', 0);
const revision = (dir) =>
  execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: dir, encoding: 'utf8' }).trim();

const sides = {};
for (const [name, dir] of [
  ['head', resolve(dirs[1] ?? resolve(self, '../..'))],
  ['base', resolve(dirs[0])],
]) {
  const bundle = await compileBundle(dir);
  const modules = await import(bundle);
  sides[name] = { dir, bundle, revision: revision(dir), modules, kbs: await compileKbs(modules, dir) };
}
const KBS = Object.keys(sides.head.kbs);
const SIDES = ['head', 'base'];
const loadStart = loadavg()[0];

const warm = {};
for (const kb of KBS) {
  warm[kb] = { head: [], base: [] };
  for (let run = 0; run < WARMUP + RUNS; run++) {
    for (const side of run % 2 ? ['base', 'head'] : SIDES) {
      const { modules, kbs } = sides[side];
      const result = { ...timeCompile(modules, kbs[kb]), ...timePhases(modules, kbs[kb]) };
      if (run >= WARMUP) warm[kb][side].push(result);
    }
  }
}

const cold = {};
for (const kb of KBS) {
  cold[kb] = { head: [], base: [] };
  for (let run = 0; run < COLD; run++) {
    for (const side of run % 2 ? ['base', 'head'] : SIDES) {
      const { bundle, dir } = sides[side];
      const out = execFileSync(process.execPath, [self, '--child', bundle, dir, kb], { encoding: 'utf8' });
      cold[kb][side].push(JSON.parse(out).cpuMs);
    }
  }
}

const mid = (kb, side, field) => median(warm[kb][side].map((r) => r[field]));
const lines = [
  `Node ${process.version}; head ${sides.head.revision} (${sides.head.dir}), base ${sides.base.revision}; ` +
    `warm: median of ${RUNS} interleaved runs after ${WARMUP}` +
    (COLD ? `; cold: median of ${COLD} fresh processes` : '') +
    `; load ${loadStart.toFixed(2)} at start, ${loadavg()[0].toFixed(2)} at end.`,
  '',
  '| KB | side | records compiled | keys | chunks | warm ms | CPU ms | CPU µs per key | table CPU | trie CPU | rest of the automaton CPU | cold CPU ms |',
  '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
];
const FIELDS = ['ms', 'cpuMs', 'perKey', 'table', 'trie', 'rest'];
for (const kb of KBS) {
  for (const side of SIDES) for (const r of warm[kb][side]) r.perKey = (r.cpuMs * 1000) / r.keys;
  for (const side of SIDES) {
    const { size, keys, chunks } = warm[kb][side][0];
    const cells = FIELDS.map((field) => ms(mid(kb, side, field)));
    lines.push(
      `| ${kb} | ${side} | ${size} | ${keys} | ${chunks} | ${cells.join(' | ')} | ${ms(median(cold[kb][side]))} |`,
    );
  }
  const ratio = (field) => times(mid(kb, 'head', field) / mid(kb, 'base', field));
  const coldRatio = times(median(cold[kb].head) / median(cold[kb].base));
  lines.push(`| ${kb} | head ÷ base | | | | ${FIELDS.map(ratio).join(' | ')} | ${coldRatio} |`);
}
process.stdout.write(`${lines.join('\n')}\n`);
await Promise.all(SIDES.map((side) => rm(dirname(fileURLToPath(sides[side].bundle)), { recursive: true })));
