/**
 * The array type for indexes into `count` things: two bytes up to 65,536 of them, four past that. A page holds each
 * record's entry and each key's records this way: 120 KB less at 10,000 entries, 300 KB at 50,000.
 */
export function indexKind(count: number): typeof Uint16Array | typeof Int32Array {
  return count <= 0x10000 ? Uint16Array : Int32Array;
}
