/** Reports one key ending at `end` (exclusive, in folded units). */
export type OnMatch = (end: number, key: number) => void;

/** A compiled Aho–Corasick automaton: reports every key occurrence in one pass over the units. */
export interface Automaton {
  scan(units: Uint16Array, length: number, onMatch: OnMatch): void;
}

const ROOT = 0;

/**
 * Builds an Aho–Corasick automaton over UTF-16 code units of distinct non-empty keys. Nodes live in typed
 * arrays (first child / next sibling lists, a dense table at the root where most steps happen), so building
 * 30,000 aliases takes milliseconds and scanning is linear in the text whatever the number of keys.
 */
export function buildAutomaton(keys: readonly string[]): Automaton {
  let capacity = 1;
  for (const key of keys) capacity += key.length;
  const label = new Uint16Array(capacity);
  const firstChild = new Int32Array(capacity).fill(-1);
  const nextSibling = new Int32Array(capacity).fill(-1);
  const fail = new Int32Array(capacity);
  const out = new Int32Array(capacity).fill(-1);
  const dict = new Int32Array(capacity).fill(-1);
  const rootTable = new Int32Array(65536);
  let count = 1;

  const child = (node: number, unit: number): number => {
    if (node === ROOT) return rootTable[unit]! || -1;
    for (let c = firstChild[node]!; c !== -1; c = nextSibling[c]!) if (label[c] === unit) return c;
    return -1;
  };

  keys.forEach((key, index) => {
    let node = ROOT;
    for (let i = 0; i < key.length; i++) {
      const unit = key.charCodeAt(i);
      let next = child(node, unit);
      if (next === -1) {
        next = count++;
        label[next] = unit;
        nextSibling[next] = firstChild[node]!;
        firstChild[node] = next;
        if (node === ROOT) rootTable[unit] = next;
      }
      node = next;
    }
    out[node] = index;
  });

  const queue = new Int32Array(count);
  let tail = 0;
  for (let c = firstChild[ROOT]!; c !== -1; c = nextSibling[c]!) queue[tail++] = c;
  for (let head = 0; head < tail; head++) {
    const node = queue[head]!;
    for (let c = firstChild[node]!; c !== -1; c = nextSibling[c]!) {
      queue[tail++] = c;
      let f = fail[node]!;
      let target = child(f, label[c]!);
      while (target === -1 && f !== ROOT) {
        f = fail[f]!;
        target = child(f, label[c]!);
      }
      fail[c] = target === -1 ? ROOT : target;
      dict[c] = out[fail[c]!] !== -1 ? fail[c]! : dict[fail[c]!]!;
    }
  }

  return {
    scan(units, length, onMatch) {
      let node = ROOT;
      for (let i = 0; i < length; i++) {
        const unit = units[i]!;
        let next = child(node, unit);
        while (next === -1 && node !== ROOT) {
          node = fail[node]!;
          next = child(node, unit);
        }
        node = next === -1 ? ROOT : next;
        for (let o = out[node] !== -1 ? node : dict[node]!; o > ROOT; o = dict[o]!) onMatch(i + 1, out[o]!);
      }
    },
  };
}
