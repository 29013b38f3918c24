/** Raw bytes below this size travel as they are: deflating them would save less than the streams cost. */
export const DEFLATE_FROM = 64 * 1024;

/** Format of both ends: raw deflate, no header, since the wire's layout already fixes the size. */
const FORMAT = 'deflate-raw';

/**
 * Deflates a matcher's bytes in the background, once per knowledge-base version: the automaton's arrays are small
 * integers in 32-bit slots and shrink about four times (2.0 MB to 0.49 MB at 10,000 entries), which is what
 * Chromium's messaging, at about 30 MB a second, charges every page for.
 */
export async function deflate(bytes: Uint8Array): Promise<Uint8Array<ArrayBuffer>> {
  return through(new CompressionStream(FORMAT), bytes);
}

/**
 * Inflates a matcher's bytes in a page (native, about 10 ms a megabyte here), refusing any that do not come to
 * exactly `size` bytes; a stream that fails (cut short, not deflate) rejects.
 */
export async function inflate(bytes: Uint8Array, size: number): Promise<Uint8Array<ArrayBuffer>> {
  const inflated = await through(new DecompressionStream(FORMAT), bytes);
  if (inflated.length !== size) throw new Error(`Matcher data of ${inflated.length} bytes, ${size} expected`);
  return inflated;
}

/**
 * Pushes `bytes` through a transform by way of a Blob and a Response, never a stream writer: Firefox's content
 * scripts cannot write their own typed arrays into the page's streams ("Value could not be converted to any of:
 * ArrayBufferView, ArrayBuffer"). The result is copied into an array of our own, so the automaton's hot loop never
 * reads the page's memory through a wrapper.
 */
async function through(stream: GenericTransformStream, bytes: Uint8Array): Promise<Uint8Array<ArrayBuffer>> {
  const source = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(stream);
  const buffer = await new Response(source).arrayBuffer();
  const out = new Uint8Array(buffer.byteLength);
  out.set(new Uint8Array(buffer));
  return out;
}
