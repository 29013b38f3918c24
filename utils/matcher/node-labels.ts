import { rootChild, rootTableOf } from './root-table';

/** Distinct units a one-byte code can name. */
const ONE_BYTE = 256;

/**
 * Each compact-trie node's label as a code, its unit's rank among the distinct units the keys use: one byte a node
 * while those number 256 or fewer (69 at 50,000 generated entries, Cyrillic included), two past that. Ranks keep the
 * units' order, so a node's children, sorted by unit, are sorted by code too. A byte less a node is 132 KB less in
 * every page at 10,000 entries and 524 KB at 50,000. The scan turns each text unit into its code once, through
 * `table` (the root table's two levels, ./root-table.ts, holding code + 1), and a unit no key uses leads straight
 * back to the root.
 */
export interface NodeLabels {
  /** Per node, the code of its unit; the root's is 0 and never read. */
  codes: Uint8Array | Uint16Array;
  /** The distinct units, in order: code c is `units[c]`. */
  units: Uint16Array;
  /** Per unit, its code + 1, or 0 when no key uses it. */
  table: Int32Array;
}

/** The array type for codes into `count` distinct units. */
export function codeKind(count: number): typeof Uint8Array | typeof Uint16Array {
  return count <= ONE_BYTE ? Uint8Array : Uint16Array;
}

/** Codes every node's unit (the root's aside) as its rank among the distinct units. */
export function nodeLabelsOf(label: Uint16Array): NodeLabels {
  const used = new Uint8Array(65_536);
  for (let node = 1; node < label.length; node++) used[label[node]!] = 1;
  const distinct: number[] = [];
  for (let unit = 0; unit < used.length; unit++) if (used[unit]) distinct.push(unit);
  const units = Uint16Array.from(distinct);
  const table = codeTable(units);
  const codes = new (codeKind(units.length))(label.length);
  for (let node = 1; node < label.length; node++) codes[node] = rootChild(table, label[node]!) - 1;
  return { codes, units, table };
}

/** The labels a page gets: the codes and the units as sent, and the table rebuilt from the units. */
export function nodeLabelsFrom(codes: Uint8Array | Uint16Array, units: Uint16Array): NodeLabels {
  return { codes, units, table: codeTable(units) };
}

/** The code of `unit`, or -1 when no key uses it. The scan reads the table itself, the same way. */
export function codeOf(labels: NodeLabels, unit: number): number {
  return rootChild(labels.table, unit) - 1;
}

/** The unit `node` is labelled with. */
export function unitAt(labels: NodeLabels, node: number): number {
  return labels.units[labels.codes[node]!]!;
}

function codeTable(units: Uint16Array): Int32Array {
  return rootTableOf(Array.from(units, (unit, code) => [unit, code + 1] as const));
}
