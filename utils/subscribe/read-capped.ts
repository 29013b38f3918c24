/** Why a response was refused: the background reports it as the pack's last error, and nothing is written. */
export class FetchPackError extends Error {
  override name = 'FetchPackError';
}

/** Decodes one more piece of UTF-8, refusing bytes that are not text. */
function decodeWith(decoder: TextDecoder, bytes?: Uint8Array): string {
  try {
    return bytes ? decoder.decode(bytes, { stream: true }) : decoder.decode();
  } catch {
    throw new FetchPackError('The pack is not UTF-8 text');
  }
}

/**
 * A response's body as text, read chunk by chunk and given up as soon as it passes `maxChars` characters, so a huge
 * or endless response costs at most that much memory. Throws {@link FetchPackError} past the limit or for bytes that
 * are not UTF-8; a failed read (network, timeout) rejects as the stream does.
 */
export async function readCapped(response: Response, maxChars: number): Promise<string> {
  const tooLarge = new FetchPackError(
    `The pack is larger than ${maxChars / 1024 / 1024} MB, the limit for a pack`,
  );
  // A UTF-8 byte is at most one character, and no character takes more than 3 bytes per UTF-16 unit: a body declared
  // larger than that is refused before it is read.
  if (Number(response.headers.get('content-length')) > maxChars * 3) {
    await response.body?.cancel();
    throw tooLarge;
  }
  if (!response.body) return '';
  const reader = response.body.getReader();
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let text = '';
  try {
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
      text += decodeWith(decoder, chunk.value);
      if (text.length > maxChars) throw tooLarge;
    }
    return text + decodeWith(decoder);
  } catch (error) {
    await reader.cancel().catch(() => undefined);
    throw error;
  }
}
