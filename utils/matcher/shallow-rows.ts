import { type FailLinks, failAt } from './fail-links';
import { type FirstIndex, firstAt } from './first-index';
import { indexKind } from './index-kind';
import { type NodeLabels, unitAt } from './node-labels';
import { rootChild } from './root-table';

/** Units given dense rows: ASCII, what most of a Latin-script page is made of. */
export const ROW_WIDTH = 128;

/**
 * The complete transition (the child, else the failure chain's) from every shallow node on every ASCII unit, so a
 * scan of Latin text steps from the root and the first trie levels, where it spends most of its time, with one
 * array read and no failure link. Built the same way in the background and in a page (which is sent no rows): each
 * row starts as a copy of its failure target's (shallower, so lower in breadth-first numbering and already built)
 * and takes the node's own ASCII children, sorted by unit, over it. Every transition leads to a shallow node or a
 * child of one, the lowest ids, so the rows take two bytes a slot (134 KB less at 10,000 entries) unless those
 * pass 65,536 nodes.
 */
export function rowsFrom(
  shallow: number,
  fail: FailLinks,
  rootTable: Int32Array,
  labels: NodeLabels,
  first: FirstIndex,
): Uint16Array | Int32Array {
  const rows = new (indexKind(firstAt(first, shallow)))(shallow * ROW_WIDTH);
  if (shallow > 0) for (let unit = 0; unit < ROW_WIDTH; unit++) rows[unit] = rootChild(rootTable, unit);
  for (let node = 1; node < shallow; node++) {
    const base = node * ROW_WIDTH;
    const target = failAt(fail, node) * ROW_WIDTH;
    rows.copyWithin(base, target, target + ROW_WIDTH);
    const end = firstAt(first, node + 1);
    for (let child = firstAt(first, node); child < end && unitAt(labels, child) < ROW_WIDTH; child++)
      rows[base + unitAt(labels, child)] = child;
  }
  return rows;
}
