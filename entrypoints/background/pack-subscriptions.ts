import type { InstalledPack } from '@/utils/installed-pack';
import type { Kb } from '@/utils/store/kb';
import { applyPackUpdate, previewPackUpdate } from '@/utils/store/pack-update';
import { freePackId, packAt, patchSubscription, subscribedPack } from '@/utils/store/subscriptions';
import { type FetchedPack, fetchPack } from '@/utils/subscribe/checked-pack';
import type { Validators } from '@/utils/subscribe/fetch-pack';
import { choiceKey, type MergeChoices } from '@/utils/subscribe/merge-resolve';
import { FetchPackError } from '@/utils/subscribe/read-capped';
import type { SubscriptionPreview } from '@/utils/subscribe/subscription-preview';
import { subscriptionAddress } from '@/utils/subscribe/subscription-url';
import type { PackUpdatePreview } from '@/utils/subscribe/update-preview';
import type { BulkSummary } from '@/utils/undo-point';

/** What subscriptions work with: the knowledge base, the network, the clock and the reader's host permissions. */
export interface SubscriptionDeps {
  kb: () => Promise<Kb>;
  fetcher: typeof fetch;
  now: () => number;
  /** Whether the reader let the extension reach the hosts of a match pattern (`https://example.org/*`). */
  allowed: (pattern: string) => Promise<boolean>;
}

/** What a check found: nothing new, or an update with its preview, nothing written. */
export type CheckResult = { status: 'unchanged' } | { status: 'update'; preview: SubscriptionPreview };

type Changed = Extract<FetchedPack, { status: 'changed' }>;
const WHOLE: Validators = { etag: null, lastModified: null };

/**
 * Subscriptions by address (issue 12): every request goes to a subscribed address (or the one being previewed) and
 * nowhere else; what is fetched is checked as an import is and previewed as a three-way merge before anything is
 * written. The last pack fetched is held in memory, by address, for the commit that follows its preview; a background
 * that restarted in between fetches it again.
 */
export class PackSubscriptions {
  #held: { url: string; fetched: Changed } | null = null;

  constructor(private readonly deps: SubscriptionDeps) {}

  /** What subscribing to `input` would do: the address checked, its pack fetched and previewed, nothing written. */
  async preview(input: string): Promise<SubscriptionPreview> {
    const kb = await this.deps.kb();
    const url = await this.#newAddress(kb, input);
    const fetched = await this.#fetchWhole(url);
    const preview = await previewPackUpdate(kb, await freePackId(kb, fetched.pack.title), fetched.pack);
    this.#held = { url, fetched };
    return { ...preview, url };
  }

  /** Installs the pack at `input` with the reader's choices, remembering its address and validators. */
  async subscribe(input: string, choices: MergeChoices): Promise<BulkSummary> {
    const kb = await this.deps.kb();
    const url = await this.#newAddress(kb, input);
    const { pack, etag, lastModified } = this.#take(url) ?? (await this.#fetchWhole(url));
    const now = this.deps.now();
    const row = {
      url,
      etag,
      lastModified,
      checkedAt: now,
      lastError: null,
      autoUpdate: false,
      pending: null,
    };
    return applyPackUpdate(kb, await freePackId(kb, pack.title), pack, choices, now, row);
  }

  /**
   * Asks a subscribed pack's address whether it changed since the installed version, and records what it found: when,
   * the update waiting (or none), or the error, which is also thrown. Nothing else is written.
   */
  async check(id: string): Promise<CheckResult> {
    const kb = await this.deps.kb();
    const pack = await subscribedPack(kb, id);
    const checkedAt = this.deps.now();
    try {
      await this.#mayReach(pack.url);
      const fetched = await fetchPack(this.deps.fetcher, pack.url, validatorsOf(pack), checkedAt);
      if (fetched.status === 'unchanged') {
        await patchSubscription(kb, id, { checkedAt, lastError: null, pending: null });
        return fetched;
      }
      const preview = await previewPackUpdate(kb, id, fetched.pack);
      if (preview.version === pack.version && changeless(preview)) {
        await patchSubscription(kb, id, { checkedAt, lastError: null, pending: null });
        return { status: 'unchanged' };
      }
      this.#held = { url: pack.url, fetched };
      const pending = { version: preview.version, foundAt: checkedAt, conflicts: preview.conflicts.length };
      await patchSubscription(kb, id, { checkedAt, lastError: null, pending });
      return { status: 'update', preview: { ...preview, url: pack.url } };
    } catch (error) {
      await patchSubscription(kb, id, { checkedAt, lastError: messageOf(error) }).catch(() => undefined);
      throw error;
    }
  }

  /** Installs a subscribed pack's new version, as last previewed (fetched again if it is no longer held). */
  async update(id: string, choices: MergeChoices): Promise<BulkSummary> {
    const kb = await this.deps.kb();
    const pack = await subscribedPack(kb, id);
    const { pack: theirs, etag, lastModified } = this.#take(pack.url) ?? (await this.#fetchWhole(pack.url));
    const now = this.deps.now();
    const row = { etag, lastModified, checkedAt: now, lastError: null, pending: null };
    return applyPackUpdate(kb, id, theirs, choices, now, row);
  }

  /**
   * The automatic update of a checked pack: every conflict keeps the reader's copy, so no edit is overwritten. A
   * refusal is recorded as the pack's last error, the update left waiting, and thrown.
   */
  async updateKeepingMine(id: string, preview: SubscriptionPreview): Promise<BulkSummary> {
    const mine = preview.conflicts.map(({ collection, id: record }) => [
      choiceKey(collection, record),
      'mine',
    ]);
    try {
      return await this.update(id, Object.fromEntries(mine));
    } catch (error) {
      const kb = await this.deps.kb();
      await patchSubscription(kb, id, { lastError: messageOf(error) }).catch(() => undefined);
      throw error;
    }
  }

  /** Turns a subscribed pack's automatic updates on or off. */
  async setAutoUpdate(id: string, on: boolean): Promise<InstalledPack> {
    return patchSubscription(await this.deps.kb(), id, { autoUpdate: on });
  }

  /** The checked address of a new subscription: refused when malformed, not allowed, or already subscribed. */
  async #newAddress(kb: Kb, input: string): Promise<string> {
    const address = subscriptionAddress(input);
    if (!address.ok) throw new FetchPackError(address.reason);
    const { url } = address.value;
    const same = await packAt(kb, url);
    if (same) throw new FetchPackError(`Already subscribed to this address: “${same.title}”`);
    return url;
  }

  /** Refuses, before any request, an address whose host the reader has not allowed (or no longer allows). */
  async #mayReach(url: string): Promise<void> {
    const address = subscriptionAddress(url);
    if (!address.ok) throw new FetchPackError(address.reason);
    if (!(await this.deps.allowed(address.value.pattern)))
      throw new FetchPackError(
        `Fact Linker is not allowed to reach ${new URL(url).host}: allow it, then try again`,
      );
  }

  /** The whole pack at an address, whatever was fetched before. */
  async #fetchWhole(url: string): Promise<Changed> {
    await this.#mayReach(url);
    const fetched = await fetchPack(this.deps.fetcher, url, WHOLE, this.deps.now());
    if (fetched.status === 'unchanged')
      throw new FetchPackError('The address answered 304 to a plain request');
    return fetched;
  }

  /** The pack held for `url`, given once: a commit uses the records its preview showed. */
  #take(url: string): Changed | null {
    const held = this.#held?.url === url ? this.#held.fetched : null;
    if (held) this.#held = null;
    return held;
  }
}

/** Whether an update would write nothing: what a server without validators sends back when nothing changed. */
function changeless({ counts }: PackUpdatePreview): boolean {
  return counts.creates + counts.updates + counts.removes + counts.conflicts === 0;
}

function validatorsOf(pack: InstalledPack): Validators {
  return { etag: pack.etag ?? null, lastModified: pack.lastModified ?? null };
}

function messageOf(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).slice(0, 2000);
}
