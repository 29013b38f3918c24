import { MAX_PACK_CHARS } from '@/utils/pack-parse';
import { FetchPackError, readCapped } from './read-capped';

/** What the last good response said about its version, sent back so an unchanged pack costs a 304 and no body. */
export interface Validators {
  etag: string | null;
  lastModified: string | null;
}

/** A conditional fetch's outcome: the pack did not change, or its new text with the response's validators. */
export type FetchedText = { status: 'unchanged' } | ({ status: 'changed'; text: string } & Validators);

/** How long one check may take, body included, before it is given up. */
export const FETCH_TIMEOUT_MS = 30_000;
/** Longest validator kept: they are stored with the pack and sent back, so a hostile header is not. */
const MAX_VALIDATOR_CHARS = 256;
/** The media types a pack may come as: JSON, or plain text (a GitHub raw file is text/plain). */
const PACK_TYPE = /^(application\/([\w.-]+\+)?json|text\/(plain|json))$/;

function validator(value: string | null): string | null {
  return value !== null && value.length <= MAX_VALIDATOR_CHARS ? value : null;
}

/** Why a fetch failed, in words: a timeout, or a network error (a redirect is one, as it is refused). */
function failure(error: unknown): FetchPackError {
  if (error instanceof FetchPackError) return error;
  if (error instanceof DOMException && (error.name === 'TimeoutError' || error.name === 'AbortError'))
    return new FetchPackError(`The address did not answer within ${FETCH_TIMEOUT_MS / 1000} s`);
  const detail = error instanceof Error ? error.message : String(error);
  return new FetchPackError(
    `Could not fetch the pack (the address is unreachable, or redirects elsewhere, which is refused): ${detail}`,
  );
}

/**
 * A conditional GET of a pack's address, sending back the last response's validators: a 304 is `unchanged`; a 200
 * with a JSON or text body of at most the import limit is `changed`. No cookies or credentials go with it, a redirect
 * fails it (it would reach an address the reader did not subscribe to), and the browser's cache is revalidated.
 * Anything else throws {@link FetchPackError} with the reason.
 */
export async function fetchPackText(
  fetcher: typeof fetch,
  url: string,
  last: Validators,
  timeoutMs = FETCH_TIMEOUT_MS,
): Promise<FetchedText> {
  const headers: Record<string, string> = { Accept: 'application/json, text/plain;q=0.9' };
  if (last.etag !== null) headers['If-None-Match'] = last.etag;
  if (last.lastModified !== null) headers['If-Modified-Since'] = last.lastModified;
  try {
    const response = await fetcher(url, {
      method: 'GET',
      headers,
      credentials: 'omit',
      redirect: 'error',
      cache: 'no-cache',
      signal: AbortSignal.timeout(timeoutMs),
    });
    if (response.status === 304) return { status: 'unchanged' };
    if (response.status !== 200) {
      await response.body?.cancel();
      throw new FetchPackError(`The address answered ${response.status} ${response.statusText}`.trim());
    }
    const type = (response.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
    if (type !== '' && !PACK_TYPE.test(type)) {
      await response.body?.cancel();
      throw new FetchPackError(
        type === 'text/html'
          ? "The address sent a web page, not a pack file (on GitHub, use the file's Raw address)"
          : `The address sent ${type.slice(0, 80)}, not a JSON or plain text file`,
      );
    }
    return {
      status: 'changed',
      text: await readCapped(response, MAX_PACK_CHARS),
      etag: validator(response.headers.get('etag')),
      lastModified: validator(response.headers.get('last-modified')),
    };
  } catch (error) {
    throw failure(error);
  }
}
