import { compactChildren } from './compact-trie';
import { type FirstIndex, firstIndexOf } from './first-index';
import { type NodeLabels, nodeLabelsOf } from './node-labels';
import { rootTableOf } from './root-table';
import { ASCII_UNITS, asciiCodes, rowsFrom, rowWidth } from './shallow-rows';
import { emitAt, type SparseEmit, sparseEmitOf } from './sparse-emit';
import type { Steps } from './steps';
import { NONE, ROOT, trieSteps } from './trie';
import type { Walks } from './walks';
import { isWordCodePoint } from './word-boundary';

/** Reports one key ending at `end` (exclusive, in folded units). */
export type OnMatch = (end: number, key: number) => void;

/** A compiled trie that reports every key occurrence that may start where it does, in one pass over the units. */
export interface Automaton {
  /**
   * Scans `units` on from the `walks` a scan of the text just before left alive (`noWalks()` for none), and leaves in
   * them the walks alive at its end, so a text that comes in pieces (a page's text nodes) is scanned as if it were one.
   */
  scan(units: Uint16Array, length: number, onMatch: OnMatch, walks: Walks): void;
}

/**
 * A trie as plain typed arrays: what the background compiles once per knowledge-base version and pages receive
 * (./matcher-wire.ts), so no page builds one. Nodes are numbered breadth first (./trie.ts). Per node:
 * `labels` (its unit, coded: ./node-labels.ts), `first` (where its children, by label, start: ./first-index.ts), and
 * `emit`: which nodes end a key, the keys numbered in node order (./sparse-emit.ts); `rootTable` the root's children
 * by unit (./root-table.ts); `rows` the ASCII children of the `shallow` first nodes, 0 for none (./shallow-rows.ts).
 */
export interface AutomatonData {
  count: number;
  shallow: number;
  labels: NodeLabels;
  first: FirstIndex;
  emit: SparseEmit;
  rootTable: Int32Array;
  rows: Uint16Array | Int32Array;
}

/**
 * A built automaton, and the order it numbers the keys in: the scan reports key k for `keys[keyOrder[k]]`, the k-th
 * key in the order of the nodes they end at, so no page holds a key per ending node.
 */
export interface BuiltAutomaton {
  data: AutomatonData;
  keyOrder: Int32Array;
}

/**
 * Builds the trie of distinct non-empty keys over UTF-16 code units in its compact form (./trie.ts), yielding
 * between stretches so a 30,000-alias build never blocks the background.
 */
export function* automatonSteps(keys: readonly string[]): Steps<BuiltAutomaton> {
  const { label, first: starts, ends, keyOrder, count, shallow } = yield* trieSteps(keys);
  const first = firstIndexOf(count, (n) => starts[n + 1]! - starts[n]!, 1, shallow);
  const emit = sparseEmitOf(count, (n) => ends[n] === 1);
  yield;
  const rootChildren: [number, number][] = [];
  for (let child = starts[ROOT]!; child < starts[ROOT + 1]!; child++)
    rootChildren.push([label[child]!, child]);
  const roots = rootTableOf(rootChildren);
  const labels = nodeLabelsOf(label);
  yield;
  const rows = rowsFrom(shallow, roots, labels, first);
  return { data: { count, shallow, labels, first, rows, rootTable: roots, emit }, keyOrder };
}

/**
 * Per ASCII unit, 1 where it continues a word (./word-boundary.ts): a key that starts with one needs no such unit
 * just before it.
 */
const ALNUM = Uint8Array.from({ length: ASCII_UNITS }, (_, u) => Number(isWordCodePoint(u)));

/**
 * The scan over compiled arrays. From each unit where a key may start it walks the trie down as far as the text
 * follows it, so it holds no failure links (388 KB in every page at 10,000 entries). No walk starts on a letter or
 * digit that follows another: every key starting with one needs a word edge before it (./word-boundary.ts), so its
 * hit would be refused there anyway. A scan's first unit may always start one, whatever came before. Each unit is
 * coded once (./node-labels.ts); a unit no key uses ends every walk and starts none.
 */
export function automatonFrom(data: AutomatonData): Automaton {
  const { shallow, emit, rootTable, rows, labels } = data;
  const { bits } = emit;
  const { codes, table } = labels;
  const width = rowWidth(labels);
  const asciiCode = asciiCodes(labels);
  if (data.first.split !== shallow)
    throw new Error(`Matcher data whose child index splits at node ${data.first.split}, not ${shallow}`);
  const { near, deep } = compactChildren(codes, data.first);
  return {
    scan(units, length, onMatch, walks) {
      let live = walks.nodes;
      let count = walks.count;
      let afterWord = 0;
      for (let i = 0; i < length; i++) {
        const unit = units[i]!;
        const ascii = unit < ASCII_UNITS;
        const code = ascii ? asciiCode[unit]! : table[table[unit >>> 8]! + (unit & 0xff)]! - 1;
        const word = ascii ? ALNUM[unit]! : 0;
        if (code < 0) {
          count = 0;
          afterWord = word;
          continue;
        }
        const inRow = code < width;
        if (count > 0) {
          let kept = 0;
          for (let w = 0; w < count; w++) {
            const node = live[w]!;
            const next =
              node >= shallow
                ? deep(node, code)
                : inRow
                  ? rows[node * width + code]! || NONE
                  : near(node, code);
            if (next === NONE) continue;
            live[kept++] = next;
            if ((bits[next >>> 5]! & (1 << (next & 31))) !== 0) onMatch(i + 1, emitAt(emit, next));
          }
          count = kept;
        }
        if ((word & afterWord) === 0) {
          const next = inRow ? rows[code]! : rootTable[rootTable[unit >>> 8]! + (unit & 0xff)]!;
          if (next !== ROOT) {
            if (count === live.length) live = grown(live);
            live[count++] = next;
            if ((bits[next >>> 5]! & (1 << (next & 31))) !== 0) onMatch(i + 1, emitAt(emit, next));
          }
        }
        afterWord = word;
      }
      walks.nodes = live;
      walks.count = count;
    },
  };
}

/** Twice the room for walks alive at once: as many as the units of the longest key, a few in practice. */
function grown(live: Int32Array): Int32Array {
  const more = new Int32Array(live.length * 2);
  more.set(live);
  return more;
}
