/** Structural equality of JSON-like records, ignoring key order: decides whether an import changes a record. */
export function sameRecord(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    return (
      Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => sameRecord(x, b[i]))
    );
  }
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = Object.keys(left);
  return (
    keys.length === Object.keys(right).length &&
    keys.every((key) => Object.hasOwn(right, key) && sameRecord(left[key], right[key]))
  );
}

/**
 * Whether two records say the same thing, their bookkeeping (revision and times) aside: a save that changed nothing
 * is no edit, and a pack that only re-stamped a record did not change it.
 */
export function sameContent(a: object, b: object): boolean {
  const { createdAt: _a, updatedAt: _b, rev: _c, ...left } = a as Record<string, unknown>;
  const { createdAt: _d, updatedAt: _e, rev: _f, ...right } = b as Record<string, unknown>;
  return sameRecord(left, right);
}
