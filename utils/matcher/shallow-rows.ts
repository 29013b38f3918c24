import { type FirstIndex, firstAt } from './first-index';
import { indexKind } from './index-kind';
import { type NodeLabels, unitAt } from './node-labels';
import { rootChild } from './root-table';

/** Units given dense rows: ASCII, what most of a Latin-script page is made of. */
export const ROW_WIDTH = 128;

/**
 * The child of every shallow node on every ASCII unit, 0 where it has none (no node's child is the root), so a scan
 * of Latin text steps from the root and the first trie levels, where it spends most of its time, with one array
 * read. Built the same way in the background and in a page (which is sent no rows). Every child of a shallow node
 * has a low id, as nodes are numbered breadth first, so the rows take two bytes a slot unless those pass 65,536
 * nodes.
 */
export function rowsFrom(
  shallow: number,
  rootTable: Int32Array,
  labels: NodeLabels,
  first: FirstIndex,
): Uint16Array | Int32Array {
  const rows = new (indexKind(firstAt(first, shallow)))(shallow * ROW_WIDTH);
  if (shallow > 0) for (let unit = 0; unit < ROW_WIDTH; unit++) rows[unit] = rootChild(rootTable, unit);
  for (let node = 1; node < shallow; node++) {
    const base = node * ROW_WIDTH;
    const end = firstAt(first, node + 1);
    for (let child = firstAt(first, node); child < end && unitAt(labels, child) < ROW_WIDTH; child++)
      rows[base + unitAt(labels, child)] = child;
  }
  return rows;
}
