import { type FetchedPack, fetchPack } from '@/utils/subscribe/checked-pack';
import type { Validators } from '@/utils/subscribe/fetch-pack';
import { FetchPackError } from '@/utils/subscribe/read-capped';
import { subscriptionAddress } from '@/utils/subscribe/subscription-url';

/** What fetching a pack needs: the network, the clock and the reader's host permissions. */
export interface PackFetcherDeps {
  fetcher: typeof fetch;
  now: () => number;
  /** Whether the reader let the extension reach the hosts of a match pattern (`https://example.org/*`). */
  allowed: (pattern: string) => Promise<boolean>;
}

/** A new version of a pack as fetched and checked, with its response's validators. */
export type Changed = Extract<FetchedPack, { status: 'changed' }>;

const WHOLE: Validators = { etag: null, lastModified: null };

/**
 * The background's one way to a pack's address: refuses, before any request, an address that is not acceptable or
 * whose host the reader has not allowed (or no longer allows), and holds the last pack fetched, by address, for the
 * commit that follows its preview; a background that restarted in between fetches it again.
 */
export class PackFetcher {
  #held: { url: string; fetched: Changed } | null = null;

  constructor(private readonly deps: PackFetcherDeps) {}

  /** A conditional fetch of `url` (./fetch-pack.ts), checked as an import is; a new version is held for the commit. */
  async conditional(url: string, last: Validators): Promise<FetchedPack> {
    await this.#mayReach(url);
    const fetched = await fetchPack(this.deps.fetcher, url, last, this.deps.now());
    if (fetched.status === 'changed') this.#held = { url, fetched };
    return fetched;
  }

  /** The whole pack at `url`, fetched now and held for the commit; a 304 to a request without validators fails. */
  async whole(url: string): Promise<Changed> {
    const fetched = await this.conditional(url, WHOLE);
    if (fetched.status === 'unchanged')
      throw new FetchPackError('The address answered 304 to a plain request');
    return fetched;
  }

  /** The pack held for `url`, given once, so a commit writes the records its preview showed; null if none is. */
  take(url: string): Changed | null {
    const held = this.#held?.url === url ? this.#held.fetched : null;
    if (held) this.#held = null;
    return held;
  }

  async #mayReach(url: string): Promise<void> {
    const address = subscriptionAddress(url);
    if (!address.ok) throw new FetchPackError(address.reason);
    if (!(await this.deps.allowed(address.value.pattern)))
      throw new FetchPackError(
        `Fact Linker is not allowed to reach ${new URL(url).host}: allow it, then try again`,
      );
  }
}
