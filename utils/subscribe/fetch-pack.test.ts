import { describe, expect, it } from 'vitest';
import { endlessFetch, fakeFetch } from '@/tests/helpers/fake-fetch';
import { MAX_PACK_CHARS } from '@/utils/pack-parse';
import { fetchPackText } from './fetch-pack';

const URL_ = 'https://packs.example.org/peace.json';
const none = { etag: null, lastModified: null };

describe('fetchPackText', () => {
  it('makes one GET of the address with no credentials, no redirects, revalidating the cache, and a timeout', async () => {
    const { fetcher, calls } = fakeFetch({ body: '{"a":1}', headers: { etag: '"v1"' } });
    await fetchPackText(fetcher, URL_, none);
    expect(calls).toHaveLength(1);
    const [{ url, init }] = calls as [(typeof calls)[0]];
    expect(url).toBe(URL_);
    expect(init).toMatchObject({ method: 'GET', credentials: 'omit', redirect: 'error', cache: 'no-cache' });
    expect(init.signal).toBeInstanceOf(AbortSignal);
    expect(init.headers).not.toHaveProperty('If-None-Match');
    expect(init.headers).not.toHaveProperty('If-Modified-Since');
  });

  it('sends the last validators back and reads a 304 as unchanged', async () => {
    const { fetcher, calls } = fakeFetch({ status: 304 });
    const last = { etag: '"v1"', lastModified: 'Tue, 01 Dec 2026 10:00:00 GMT' };
    expect(await fetchPackText(fetcher, URL_, last)).toEqual({ status: 'unchanged' });
    expect(calls[0]!.init.headers).toMatchObject({
      'If-None-Match': '"v1"',
      'If-Modified-Since': 'Tue, 01 Dec 2026 10:00:00 GMT',
    });
  });

  it('gives a 200 body with its validators, JSON or any text type', async () => {
    const headers = { etag: 'W/"abc"', 'last-modified': 'Wed, 02 Dec 2026 00:00:00 GMT' };
    const json = fakeFetch({ body: '{"x":"é"}', headers });
    expect(await fetchPackText(json.fetcher, URL_, none)).toEqual({
      status: 'changed',
      text: '{"x":"é"}',
      etag: 'W/"abc"',
      lastModified: 'Wed, 02 Dec 2026 00:00:00 GMT',
    });
    const raw = fakeFetch({ body: '{}', headers: { 'content-type': 'Text/Plain; charset=utf-8' } });
    expect(await fetchPackText(raw.fetcher, URL_, none)).toEqual({
      status: 'changed',
      text: '{}',
      etag: null,
      lastModified: null,
    });
  });

  it('keeps no validator longer than 256 characters, as it is stored and sent back', async () => {
    const { fetcher } = fakeFetch({ body: '{}', headers: { etag: `"${'x'.repeat(300)}"` } });
    expect(await fetchPackText(fetcher, URL_, none)).toMatchObject({ etag: null });
  });

  it.each([
    [{ status: 404, body: 'gone' }, 'The address answered 404'],
    [{ status: 500 }, 'The address answered 500'],
    [{ status: 204 }, 'The address answered 204'],
    [{ body: '<html></html>', headers: { 'content-type': 'text/html' } }, 'a web page, not a pack file'],
    [{ body: 'x', headers: { 'content-type': 'text/javascript' } }, 'sent text/javascript, not a JSON'],
    [{ body: 'x', headers: { 'content-type': 'application/octet-stream' } }, 'not a JSON or plain text file'],
    [{ body: new Uint8Array([0xff, 0xfe, 0x00]) }, 'not UTF-8 text'],
    [{ body: '{}', headers: { 'content-length': String(MAX_PACK_CHARS * 3 + 1) } }, 'larger than 10 MB'],
    [new TypeError('Failed to fetch'), 'redirects elsewhere, which is refused): Failed to fetch'],
    [new DOMException('timed out', 'TimeoutError'), 'did not answer within 30 s'],
  ])('refuses %j with a clear reason', async (answer, reason) => {
    const { fetcher } = fakeFetch(answer);
    await expect(fetchPackText(fetcher, URL_, none)).rejects.toThrow(reason);
  });

  it('stops reading a body past the 10 MB limit instead of reading it all', async () => {
    const { fetcher, pulled } = endlessFetch('x'.repeat(1024 * 1024));
    await expect(fetchPackText(fetcher, URL_, none)).rejects.toThrow('larger than 10 MB');
    expect(pulled()).toBeLessThanOrEqual(12);
  });

  it('accepts a body of exactly the limit', async () => {
    const { fetcher } = fakeFetch({ body: 'x'.repeat(MAX_PACK_CHARS) });
    const fetched = await fetchPackText(fetcher, URL_, none);
    expect(fetched.status === 'changed' && fetched.text.length).toBe(MAX_PACK_CHARS);
  });

  it('gives up when the address does not answer in time', async () => {
    const fetcher = ((_url: string, init: RequestInit) =>
      new Promise((_resolve, reject) =>
        init.signal!.addEventListener('abort', () => reject(init.signal!.reason)),
      )) as typeof fetch;
    await expect(fetchPackText(fetcher, URL_, none, 20)).rejects.toThrow('did not answer within');
  });
});
