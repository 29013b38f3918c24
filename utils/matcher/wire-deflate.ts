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
  return drain(new CompressionStream(FORMAT), bytes, null);
}

/**
 * Inflates a matcher's bytes in a page (native, about 10 ms a megabyte here), refusing any that do not come to
 * exactly `size` bytes.
 */
export async function inflate(bytes: Uint8Array, size: number): Promise<Uint8Array<ArrayBuffer>> {
  const inflated = await drain(new DecompressionStream(FORMAT), bytes, size);
  if (inflated.length !== size) throw new Error(`Matcher data of ${inflated.length} bytes, ${size} expected`);
  return inflated;
}

/**
 * Pushes `bytes` through a transform and gathers what comes out, stopping past `size` bytes when one is given;
 * a stream that fails (cut short, not deflate) rejects, and is left with nothing pending.
 */
async function drain(
  stream: GenericTransformStream,
  bytes: Uint8Array,
  size: number | null,
): Promise<Uint8Array<ArrayBuffer>> {
  const writer = stream.writable.getWriter();
  const written = Promise.all([writer.write(bytes as Uint8Array<ArrayBuffer>), writer.close()]);
  written.catch(() => undefined);
  const chunks: Uint8Array[] = [];
  let length = 0;
  const reader = stream.readable.getReader();
  try {
    for (let read = await reader.read(); !read.done; read = await reader.read()) {
      chunks.push(read.value as Uint8Array);
      length += (read.value as Uint8Array).length;
      if (size !== null && length > size)
        throw new Error(`Matcher data of over ${size} bytes, ${size} expected`);
    }
  } catch (error) {
    reader.cancel().catch(() => undefined);
    throw error;
  }
  await written;
  const out = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}
