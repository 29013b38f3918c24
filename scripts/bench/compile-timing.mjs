import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { generateKb } from './generate-kb.mjs';
import { GENERATED_ENTRIES } from './knowledge-bases.mjs';

/**
 * The alias records of the three knowledge bases the compile is timed on, made by the checkout's own
 * aliasRecordsOf from its own starter pack, as bench-compare gives each revision its own pack: the starter pack,
 * the 10,000 generated entries alone (the same records at every revision) and both together.
 * @param {{ aliasRecordsOf: (entries: object[]) => object[] }} modules from compileModules
 * @param {string} root the checkout
 * @returns {Promise<Record<string, object[]>>}
 */
export async function compileKbs(modules, root) {
  const starter = JSON.parse(await readFile(join(root, 'public/starter-pack.json'), 'utf8')).entries;
  const generated = generateKb(GENERATED_ENTRIES);
  return {
    starter: modules.aliasRecordsOf(starter),
    '10k': modules.aliasRecordsOf(generated),
    '10k + starter': modules.aliasRecordsOf([...generated, ...starter]),
  };
}

/** Runs stepped work to its end: its value, wall and CPU milliseconds, and how many chunks it ran in. */
function drain(steps) {
  let chunks = 0;
  const cpu = process.cpuUsage();
  const start = performance.now();
  for (;;) {
    const result = steps.next();
    chunks++;
    if (result.done) {
      const { user, system } = process.cpuUsage(cpu);
      return { value: result.value, ms: performance.now() - start, cpuMs: (user + system) / 1000, chunks };
    }
  }
}

/** One build of `records` as a page runs it (matcherSteps): wall and CPU ms, chunks, keys and aliases compiled. */
export function timeCompile(modules, records) {
  const total = drain(modules.matcherSteps(records));
  return { ms: total.ms, cpuMs: total.cpuMs, chunks: total.chunks, size: total.value.size };
}

/**
 * Each phase of the build on its own, in CPU ms (steadier than wall time on a shared machine), to see which one a
 * change made slower: the alias table, the trie, and the rest of the automaton (its time less its trie's: the
 * compact numbering, labels, shallow rows and emitted keys, and the failure links at revisions before 1004cb1).
 * A phase also pays for the collections its allocations set off, whoever left the garbage (the automaton's typed
 * arrays trigger scavenges of the table's lists), so a change to one phase can move time into the next: the whole
 * build's figure is the one to compare.
 */
export function timePhases(modules, records) {
  const table = drain(modules.aliasTableSteps(records));
  const trie = drain(modules.trieSteps(table.value.keys));
  const automaton = drain(modules.automatonSteps(table.value.keys));
  return {
    table: table.cpuMs,
    trie: trie.cpuMs,
    rest: automaton.cpuMs - trie.cpuMs,
    keys: table.value.keys.length,
  };
}
