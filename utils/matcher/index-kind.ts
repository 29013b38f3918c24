/**
 * The array type for indexes into `count` things: two bytes up to 65,536 of them, four past that. A page holds each
 * record's entry, each key's records and the dense rows' nodes this way.
 */
export function indexKind(count: number): typeof Uint16Array | typeof Int32Array {
  return count <= 0x10000 ? Uint16Array : Int32Array;
}
