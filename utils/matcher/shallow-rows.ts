import { type FirstIndex, firstAt } from './first-index';
import { indexKind } from './index-kind';
import { codeOf, type NodeLabels } from './node-labels';
import { rootChild } from './root-table';

/** Units that may get a column in the dense rows: ASCII, what most of a Latin-script page is made of. */
export const ASCII_UNITS = 128;

/**
 * The rows' width: the ASCII units the keys use (38 at 10,000 entries), which have the lowest codes, as codes keep
 * the units' order (./node-labels.ts). A unit no key uses ends every walk, so it needs no column.
 */
export function rowWidth(labels: NodeLabels): number {
  let width = 0;
  while (width < labels.units.length && labels.units[width]! < ASCII_UNITS) width++;
  return width;
}

/** Each ASCII unit's code, -1 where no key uses it: the scan reads it in one step, where the labels' table takes two. */
export function asciiCodes(labels: NodeLabels): Int16Array {
  return Int16Array.from({ length: ASCII_UNITS }, (_, unit) => codeOf(labels, unit));
}

/**
 * The child of every shallow node on every ASCII unit a key uses, by the unit's code, 0 where it has none (no
 * node's child is the root), so a scan of Latin text steps from the root and the first trie levels, where it spends
 * most of its time, with one array read. Built the same way in the background and in a page (which is sent no
 * rows). Every child of a shallow node has a low id, as nodes are numbered breadth first, so the rows take two bytes
 * a slot unless those pass 65,536 nodes; a column for each of the 128 ASCII units took 131 KB in every page at
 * 10,000 entries, one for each unit the keys use 39 KB.
 */
export function rowsFrom(
  shallow: number,
  rootTable: Int32Array,
  labels: NodeLabels,
  first: FirstIndex,
): Uint16Array | Int32Array {
  const width = rowWidth(labels);
  const rows = new (indexKind(firstAt(first, shallow)))(shallow * width);
  if (shallow > 0)
    for (let code = 0; code < width; code++) rows[code] = rootChild(rootTable, labels.units[code]!);
  for (let node = 1; node < shallow; node++) {
    const base = node * width;
    const end = firstAt(first, node + 1);
    for (let child = firstAt(first, node); child < end && labels.codes[child]! < width; child++)
      rows[base + labels.codes[child]!] = child;
  }
  return rows;
}
