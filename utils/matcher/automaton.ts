import { NONE } from './child-table';
import { ROW_WIDTH, shallowRowsSteps } from './shallow-rows';
import type { Steps } from './steps';
import { ROOT, trieSteps } from './trie';

/** Reports one key ending at `end` (exclusive, in folded units). */
export type OnMatch = (end: number, key: number) => void;

/** A compiled Aho–Corasick automaton: reports every key occurrence in one pass over the units. */
export interface Automaton {
  scan(units: Uint16Array, length: number, onMatch: OnMatch): void;
}

/** Nodes linked between two yields. */
const LINKS_CHUNK = 4096;

/**
 * Builds an Aho–Corasick automaton over UTF-16 code units of distinct non-empty keys, yielding every few
 * hundred keys or few thousand nodes so a 30,000-alias build never blocks a page. Nodes live in typed arrays; edges in a
 * hash table, with dense rows for the root and the first levels on ASCII (where most steps happen), so
 * scanning is linear in the text and each step costs the same whatever the number of keys.
 */
export function* automatonSteps(keys: readonly string[]): Steps<Automaton> {
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

  const rows = yield* shallowRowsSteps(shallow, fail, rootTable, edges);
  const child = edges.get;
  return {
    scan(units, length, onMatch) {
      let node = ROOT;
      for (let i = 0; i < length; i++) {
        const unit = units[i]!;
        if (node < shallow && unit < ROW_WIDTH) node = rows[node * ROW_WIDTH + unit]!;
        else {
          let next = node === ROOT ? rootTable[unit]! : child(node, unit);
          while (next === NONE) {
            node = fail[node]!;
            next = node === ROOT ? rootTable[unit]! : child(node, unit);
          }
          node = next;
        }
        for (let o = report[node]!; o !== ROOT; o = report[fail[o]!]!) onMatch(i + 1, out[o]!);
      }
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
