/**
 * Each value less the one before, in place (./wire-layout.ts's DELTA_CODED): done on the wire's own view, for a wire
 * that is deflated, as small steps deflate far better than climbing values.
 */
export function toDeltas(values: Int32Array | Uint16Array | Uint8Array): void {
  for (let i = values.length - 1; i > 0; i--) values[i] = values[i]! - values[i - 1]!;
}

/** The values back from their differences, in place: a running sum that wraps in the array's width as they did. */
export function fromDeltas(values: Int32Array | Uint16Array | Uint8Array): void {
  for (let i = 1; i < values.length; i++) values[i] = values[i]! + values[i - 1]!;
}
