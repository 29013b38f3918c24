import { type ChildTable, NONE } from './child-table';
import type { Steps } from './steps';
import { ROOT } from './trie';

/** Units given dense rows: ASCII, what most of a Latin-script page is made of. */
export const ROW_WIDTH = 128;
/** Rows filled between two yields. */
const ROWS_CHUNK = 64;

/**
 * The complete transition (the child, else the failure chain's) from every shallow node on every ASCII unit,
 * so a scan of Latin text steps from the root and the first trie levels, where it spends most of its time,
 * with one array read and no failure link. Rows need nodes in order of depth: a node's failure target, being
 * shallower, has its row filled first.
 */
export function* shallowRowsSteps(
  shallow: number,
  fail: Int32Array,
  rootTable: Int32Array,
  edges: ChildTable,
): Steps<Int32Array> {
  const rows = new Int32Array(shallow * ROW_WIDTH);
  for (let node = ROOT; node < shallow; node++) {
    if (node % ROWS_CHUNK === ROWS_CHUNK - 1) yield;
    const base = node * ROW_WIDTH;
    const fallback = fail[node]! * ROW_WIDTH;
    for (let unit = 0; unit < ROW_WIDTH; unit++) {
      const next = node === ROOT ? rootTable[unit]! : edges.get(node, unit);
      rows[base + unit] = next !== NONE ? next : rows[fallback + unit]!;
    }
  }
  return rows;
}
