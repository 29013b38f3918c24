import { NONE } from './child-table';
import { compactChild, compactTrieSteps } from './compact-trie';
import { type FailLinks, failLinksOf } from './fail-links';
import { type FirstIndex, firstIndexOf } from './first-index';
import { type NodeLabels, nodeLabelsOf } from './node-labels';
import { rootTableOf } from './root-table';
import { ROW_WIDTH, rowsFrom } from './shallow-rows';
import { emitAt, type SparseEmit, sparseEmitOf } from './sparse-emit';
import type { Steps } from './steps';
import { ROOT, trieSteps } from './trie';

/** Reports one key ending at `end` (exclusive, in folded units). */
export type OnMatch = (end: number, key: number) => void;

/** A compiled Aho–Corasick automaton: reports every key occurrence in one pass over the units. */
export interface Automaton {
  /**
   * Scans `units` from state `from` (the root by default) and returns the state it ends in, so a text that comes
   * in pieces (a page's text nodes) can be scanned piece by piece as if it were one.
   */
  scan(units: Uint16Array, length: number, onMatch: OnMatch, from?: number): number;
}

/**
 * An automaton as plain typed arrays: what the background compiles once per knowledge-base version and pages
 * receive (./matcher-wire.ts), so no page builds one. Nodes are numbered breadth first (./compact-trie.ts). Per
 * node: `labels` (its unit, coded: ./node-labels.ts), `first` (where its children, by label, start:
 * ./first-index.ts), `fail` (./fail-links.ts), and `emit`: the key ending there (0 or more), else NONE when no
 * node on its failure chain ends a key, else `-2 - m` for the nearest one that does, m (one value where a key and a
 * report link took two), kept for the nodes that emit something only (./sparse-emit.ts); `rootTable` the root's
 * children by unit (./root-table.ts); `rows` the complete ASCII transitions of the `shallow` first nodes.
 */
export interface AutomatonData {
  count: number;
  shallow: number;
  labels: NodeLabels;
  first: FirstIndex;
  emit: SparseEmit;
  fail: FailLinks;
  rootTable: Int32Array;
  rows: Uint16Array | Int32Array;
}

/** Nodes linked between two yields. */
const LINKS_CHUNK = 4096;

/**
 * Builds an Aho–Corasick automaton over UTF-16 code units of distinct non-empty keys, yielding every few
 * hundred keys or few thousand nodes so a 30,000-alias build never blocks a page. Nodes live in typed arrays; edges in a
 * hash table, with dense rows for the root and the first levels on ASCII (where most steps happen), so
 * scanning is linear in the text and each step costs the same whatever the number of keys.
 */
export function* automatonSteps(keys: readonly string[]): Steps<AutomatonData> {
  const { label, parent, depth, out, rootTable, edges, count, maxDepth, shallow } = yield* trieSteps(keys);
  const order = byDepth(depth, count, maxDepth);
  const fail = new Int32Array(count);
  /** The nearest node on the failure chain (the node itself included) that ends a key, or ROOT. */
  const report = new Int32Array(count);
  for (let n = 1; n < count; n++) {
    if (n % LINKS_CHUNK === 0) yield;
    const node = order[n]!;
    const unit = label[node]!;
    let f = fail[parent[node]!]!;
    let target = parent[node] === ROOT ? ROOT : NONE;
    while (target === NONE) {
      target = f === ROOT ? rootTable[unit]! : edges.get(f, unit);
      f = fail[f]!;
    }
    fail[node] = target;
    report[node] = out[node] !== NONE ? node : report[target]!;
  }

  yield;
  const compact = yield* compactTrieSteps(label, parent, count);
  const { oldOf, newOf, label: compactLabel } = compact;
  const first = firstIndexOf(count, (n) => compact.first[n + 1]! - compact.first[n]!);
  const renumbered = { emit: new Int32Array(count), fail: new Int32Array(count) };
  for (let n = 0; n < count; n++) {
    if (n % LINKS_CHUNK === LINKS_CHUNK - 1) yield;
    const old = oldOf[n]!;
    const chain = report[old]!;
    renumbered.emit[n] = out[old] !== NONE ? out[old]! : chain === ROOT ? NONE : -2 - newOf[chain]!;
    renumbered.fail[n] = newOf[fail[old]!]!;
  }
  const rootChildren: [number, number][] = [];
  for (let unit = 0; unit < rootTable.length; unit++)
    if (rootTable[unit] !== ROOT) rootChildren.push([unit, newOf[rootTable[unit]!]!]);
  const roots = rootTableOf(rootChildren);
  const links = failLinksOf(renumbered.fail);
  yield;
  const labels = nodeLabelsOf(compactLabel);
  yield;
  const rows = rowsFrom(shallow, links, roots, labels, first);
  yield;
  const emit = sparseEmitOf(renumbered.emit);
  return { count, shallow, labels, first, rows, rootTable: roots, fail: links, emit };
}

/** The scan over compiled arrays: linear in the text, each step the same cost whatever the number of keys. */
export function automatonFrom(data: AutomatonData): Automaton {
  const { shallow, emit, rootTable, rows } = data;
  const { bits } = emit;
  const { low, high } = data.fail;
  const { codes, table } = data.labels;
  const child = compactChild(codes, data.first);
  return {
    scan(units, length, onMatch, from = ROOT) {
      let node = from;
      for (let i = 0; i < length; i++) {
        const unit = units[i]!;
        if (node < shallow && unit < ROW_WIDTH) node = rows[node * ROW_WIDTH + unit]!;
        else {
          const code = table[table[unit >>> 8]! + (unit & 0xff)]! - 1;
          if (code < 0) node = ROOT;
          else {
            let next = node === ROOT ? rootTable[rootTable[unit >>> 8]! + (unit & 0xff)]! : child(node, code);
            while (next === NONE) {
              node = low[node]! | (high[node]! << 16);
              if (node < shallow && unit < ROW_WIDTH) next = rows[node * ROW_WIDTH + unit]!;
              else
                next = node === ROOT ? rootTable[rootTable[unit >>> 8]! + (unit & 0xff)]! : child(node, code);
            }
            node = next;
          }
        }
        if ((bits[node >>> 5]! & (1 << (node & 31))) === 0) continue;
        let key = emitAt(emit, node);
        for (let o = node; key !== NONE; key = emitAt(emit, o)) {
          if (key < NONE) {
            o = -2 - key;
            key = emitAt(emit, o);
          }
          onMatch(i + 1, key);
          o = low[o]! | (high[o]! << 16);
        }
      }
      return node;
    },
  };
}

/** Node ids sorted by depth (a counting sort), so failure links are set parents first. */
function byDepth(depth: Int32Array, count: number, maxDepth: number): Int32Array {
  const start = new Int32Array(maxDepth + 2);
  for (let n = 0; n < count; n++) start[depth[n]! + 1]!++;
  for (let d = 1; d <= maxDepth + 1; d++) start[d]! += start[d - 1]!;
  const order = new Int32Array(count);
  for (let n = 0; n < count; n++) order[start[depth[n]!]!++] = n;
  return order;
}
