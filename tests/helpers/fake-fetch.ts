/** One request the fake fetch saw: its address and the options it was given. */
export interface SeenRequest {
  url: string;
  init: RequestInit;
}

/** What the fake server answers next: a status, headers and a body (text, or bytes). */
export interface FakeAnswer {
  status?: number;
  headers?: Record<string, string>;
  body?: string | Uint8Array<ArrayBuffer>;
}

/**
 * A fetch that answers from a queue (or throws what is queued) and records every request, so tests can assert which
 * addresses were reached and with which headers. An empty queue fails the request, as an unexpected one should.
 */
export function fakeFetch(...answers: (FakeAnswer | Error)[]) {
  const calls: SeenRequest[] = [];
  const queue = [...answers];
  const fetcher = async (input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> => {
    calls.push({ url: String(input), init });
    const next = queue.shift();
    if (next === undefined) throw new TypeError(`unexpected request to ${String(input)}`);
    if (next instanceof Error) throw next;
    const status = next.status ?? 200;
    const body = status === 304 ? null : (next.body ?? '');
    return new Response(body, {
      status,
      headers: { 'content-type': 'application/json', ...next.headers },
    });
  };
  return {
    fetcher: fetcher as typeof fetch,
    calls,
    /** Queues more answers, for a later check. */
    answer: (...more: (FakeAnswer | Error)[]) => queue.push(...more),
  };
}

/** A fetch whose body streams `chunk` for ever, counting how many chunks were pulled, to prove reading stops. */
export function endlessFetch(chunk: string) {
  let pulled = 0;
  const bytes = new TextEncoder().encode(chunk);
  const fetcher = async () =>
    new Response(
      new ReadableStream<Uint8Array>({
        pull(controller) {
          pulled += 1;
          controller.enqueue(bytes);
        },
      }),
      { status: 200, headers: { 'content-type': 'text/plain' } },
    );
  return { fetcher: fetcher as typeof fetch, pulled: () => pulled };
}
