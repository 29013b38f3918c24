/**
 * Raw bytes below this size travel to both browsers' pages as they are: a page views raw bytes where they lie, with
 * no inflate and no differences to sum. Chromium 156, alternated loads (BENCHMARKS.md, "Raw matcher bytes to
 * Chromium's pages"): at 10,000 entries (419 KB raw, 157 KB deflated) the 12 largest corpus pages' main-thread time
 * per load fell by 14 and 29 ms in two runs (medians of per-page differences), the first highlight unchanged at 53 ms;
 * at 50,000 (1.76 MB, 620 KB) by 21 ms, the first highlight 95 → 88 ms. In Firefox raw bytes brought the first
 * highlight earlier at 2.0 MB (71–75 against 98–104 ms) and later at 2.9 MB (208 against 191 ms; BENCHMARKS.md, "How
 * the matcher travels to each browser"). No wire over 1.76 MB was timed raw in Chromium, so from here both browsers
 * get deflated bytes.
 */
export const DEFLATE_FROM = 2.5 * 1024 * 1024;

/** Format of both ends: raw deflate, no header, since the wire's layout already fixes the size. */
const FORMAT = 'deflate-raw';

/** More than deflate's utmost ratio (about 1,032 to 1): no deflated input inflates to more than this many times it. */
const MAX_RATIO = 1100;

/**
 * Deflates a matcher's bytes in the background, once per knowledge-base version: the arrays shrink about two and a
 * half times (1.76 MB to 620 KB at 50,000 entries), and past `DEFLATE_FROM` a raw wire's extra bytes delayed
 * Firefox's pages more than the inflate did.
 */
export async function deflate(bytes: Uint8Array): Promise<Uint8Array<ArrayBuffer>> {
  return through(new CompressionStream(FORMAT), bytes);
}

/** Deflated bytes inflated between two pauses: about 0.8 MB out, a few ms of a page's main thread. */
const INFLATE_SLICE = 256 * 1024;

/** Resolves at once: inflating or unpacking with no pause between steps (tests, Node). */
export const NO_PAUSE = (): Promise<void> => Promise.resolve();

/**
 * Inflates a matcher's bytes in a page (native, about 10 ms a megabyte here) straight into an array of exactly `size`
 * bytes, refusing any that come to another size: a stream that would inflate past it is cancelled there, and a size
 * no input that short could inflate to is refused before anything is allocated, so bad bytes or a bad layout never
 * cost more memory than a good wire; a stream that fails (cut short, not deflate) rejects. The input goes in by
 * slices with `pause` awaited between them: inflating a whole 1.9 MB wire (50,000 entries) at once was a 45 ms task.
 */
export async function inflate(
  bytes: Uint8Array,
  size: number,
  pause = NO_PAUSE,
): Promise<Uint8Array<ArrayBuffer>> {
  if (size > bytes.length * MAX_RATIO)
    throw new Error(`Matcher data of ${size} bytes cannot come from ${bytes.length} deflated ones`);
  const out = new Uint8Array(size);
  const inflating: GenericTransformStream = new DecompressionStream(FORMAT);
  const feeding = feed(bytes, inflating.writable, pause);
  feeding.catch(() => undefined);
  const reader = (inflating.readable as ReadableStream<Uint8Array>).getReader();
  let length = 0;
  for (let read = await reader.read(); !read.done; read = await reader.read()) {
    const chunk = read.value;
    if (length + chunk.length > size) {
      await reader.cancel();
      throw new Error(`Matcher data of over ${size} bytes, ${size} expected`);
    }
    out.set(chunk, length);
    length += chunk.length;
  }
  await feeding;
  if (length !== size) throw new Error(`Matcher data of ${length} bytes, ${size} expected`);
  return out;
}

/** Writes `bytes` into a stream slice by slice, pausing between slices, and closes it after the last. */
async function feed(bytes: Uint8Array, into: WritableStream, pause: () => Promise<void>): Promise<void> {
  let at = 0;
  do {
    if (at > 0) await pause();
    const end = at + INFLATE_SLICE;
    await source(bytes.subarray(at, end)).pipeTo(into, { preventClose: end < bytes.length });
    at = end;
  } while (at < bytes.length);
}

/**
 * A stream of `bytes` by way of a Response, never a stream writer: Firefox's content scripts cannot write their own
 * typed arrays into the page's streams ("Value could not be converted to any of: ArrayBufferView, ArrayBuffer").
 * A Blob's stream would do too, but Chromium reads it back through its blob store: inflating the 50,000-entry
 * wire (6.1 MB) took 80-155 ms that way, 66-71 ms from a Response.
 */
function source(bytes: Uint8Array): ReadableStream<Uint8Array> {
  return new Response(bytes as Uint8Array<ArrayBuffer>).body as ReadableStream<Uint8Array>;
}

/**
 * Pushes `bytes` through a transform and reads the whole result through a Response, copied into an array of our
 * own, so no later reader goes through a wrapper of the page's memory.
 */
async function through(stream: GenericTransformStream, bytes: Uint8Array): Promise<Uint8Array<ArrayBuffer>> {
  const buffer = await new Response(source(bytes).pipeThrough(stream)).arrayBuffer();
  const out = new Uint8Array(buffer.byteLength);
  out.set(new Uint8Array(buffer));
  return out;
}
