/** No child: what a lookup returns when the node has no edge for the unit. */
export const NONE = -1;

/** Slots per node the trie may have, at most: a half-empty table keeps probe runs short. */
const SLOTS_PER_NODE = 2;

/**
 * The trie's edges while it is built (./compact-trie.ts gives pages a smaller form), as one open-addressing hash table from (node, unit) to child, sized up front for the most
 * nodes the trie can have (so it never rehashes), with a 32-bit filter per node so most missing edges are refused
 * without probing. Lookups cost the same however many children a node has,
 * which matters on a 30,000-alias trie where a node like "m" has dozens.
 */
export class ChildTable {
  /** The open-addressing slots, each a child node or NONE. */
  readonly #slots: Int32Array;
  readonly #mask: number;
  /** Per node, bit `unit & 31` is set when the node may have a child for `unit`. */
  readonly #filter: Int32Array;
  /**
   * The child of `node` along `unit`, or NONE: a closure over the table's arrays (never reallocated), so the
   * scan can hold it as a plain function on its hot path.
   */
  readonly get: (node: number, unit: number) => number;

  constructor(
    private readonly label: Uint16Array,
    private readonly parent: Int32Array,
  ) {
    this.#filter = new Int32Array(label.length);
    const size = 2 ** Math.ceil(Math.log2(Math.max(1024, label.length * SLOTS_PER_NODE)));
    this.#slots = new Int32Array(size).fill(NONE);
    this.#mask = this.#slots.length - 1;
    this.get = childLookup(label, parent, this.#filter, this.#slots);
  }

  /** Records `child` (whose label and parent are already set) as the child of its parent along its label. */
  add(child: number): void {
    let h = hash(this.parent[child]!, this.label[child]!) & this.#mask;
    while (this.#slots[h] !== NONE) h = (h + 1) & this.#mask;
    this.#slots[h] = child;
    this.#filter[this.parent[child]!]! |= 1 << (this.label[child]! & 31);
  }
}

/** A lookup over a child table's arrays: the child of `node` along `unit`, or NONE. `slots` has a power-of-two length. */
function childLookup(
  label: Uint16Array,
  parent: Int32Array,
  filter: Int32Array,
  slots: Int32Array,
): (node: number, unit: number) => number {
  const mask = slots.length - 1;
  return (node, unit) => {
    if (((filter[node]! >>> (unit & 31)) & 1) === 0) return NONE;
    for (let h = hash(node, unit) & mask; ; h = (h + 1) & mask) {
      const child = slots[h]!;
      if (child === NONE || (label[child] === unit && parent[child] === node)) return child;
    }
  };
}

function hash(node: number, unit: number): number {
  return (Math.imul(node, 0x9e3779b1) ^ Math.imul(unit, 0x85ebca6b)) >>> 7;
}
