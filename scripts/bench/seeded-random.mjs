/**
 * A small deterministic generator (mulberry32) so the generated knowledge base and news page are the same on
 * every run and every machine: numbers stay comparable between runs.
 * @param {number} seed
 */
export function seededRandom(seed) {
  let state = seed >>> 0;
  /** A float in [0, 1). */
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    /** True with probability `p`. */
    chance: (/** @type {number} */ p) => next() < p,
    /** An integer in [min, max]. */
    int: (/** @type {number} */ min, /** @type {number} */ max) => min + Math.floor(next() * (max - min + 1)),
    /**
     * One element of a non-empty array.
     * @template T
     * @param {readonly T[]} list
     * @returns {T}
     */
    pick: (list) => /** @type {T} */ (list[Math.floor(next() * list.length)]),
  };
}
