import type { InstalledPack } from '@/utils/installed-pack';
import type { Kb } from '@/utils/store/kb';
import { applyPackUpdate, previewPackUpdate } from '@/utils/store/pack-update';
import { freePackId, packAt, patchSubscription, subscribedPack } from '@/utils/store/subscriptions';
import type { Validators } from '@/utils/subscribe/fetch-pack';
import type { MergeChoices } from '@/utils/subscribe/merge-resolve';
import { FetchPackError } from '@/utils/subscribe/read-capped';
import type { SubscriptionPreview } from '@/utils/subscribe/subscription-preview';
import { subscriptionAddress } from '@/utils/subscribe/subscription-url';
import type { PackUpdatePreview } from '@/utils/subscribe/update-preview';
import type { BulkSummary } from '@/utils/undo-point';
import { PackFetcher, type PackFetcherDeps } from './pack-fetcher';

/** What subscriptions work with: the knowledge base, and what fetching needs (./pack-fetcher.ts). */
export interface SubscriptionDeps extends PackFetcherDeps {
  kb: () => Promise<Kb>;
}

/** What a check found: nothing new, or an update with its preview, nothing written. */
export type CheckResult = { status: 'unchanged' } | { status: 'update'; preview: SubscriptionPreview };

/**
 * Subscriptions by address (issue 12): every request goes to a subscribed address (or the one being previewed) and
 * nowhere else (./pack-fetcher.ts); what is fetched is checked as an import is and previewed as a three-way merge
 * before anything is written.
 */
export class PackSubscriptions {
  readonly #net: PackFetcher;

  constructor(private readonly deps: SubscriptionDeps) {
    this.#net = new PackFetcher(deps);
  }

  /** What subscribing to `input` would do: the address checked, its pack fetched and previewed, nothing written. */
  async preview(input: string): Promise<SubscriptionPreview> {
    const kb = await this.deps.kb();
    const url = await this.#newAddress(kb, input);
    const { pack } = await this.#net.whole(url);
    return { ...(await previewPackUpdate(kb, await freePackId(kb, pack.title), pack)), url };
  }

  /** Installs the pack at `input` with the reader's choices, remembering its address and validators. */
  async subscribe(input: string, choices: MergeChoices): Promise<BulkSummary> {
    const kb = await this.deps.kb();
    const url = await this.#newAddress(kb, input);
    const { pack, etag, lastModified } = this.#net.take(url) ?? (await this.#net.whole(url));
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
      const fetched = await this.#net.conditional(pack.url, validatorsOf(pack));
      if (fetched.status === 'unchanged') {
        await patchSubscription(kb, id, { checkedAt, lastError: null, pending: null });
        return fetched;
      }
      const preview = await previewPackUpdate(kb, id, fetched.pack);
      if (preview.version === pack.version && changeless(preview)) {
        await patchSubscription(kb, id, { checkedAt, lastError: null, pending: null });
        return { status: 'unchanged' };
      }
      const pending = { version: preview.version, foundAt: checkedAt, conflicts: preview.conflicts.length };
      await patchSubscription(kb, id, { checkedAt, lastError: null, pending });
      return { status: 'update', preview: { ...preview, url: pack.url } };
    } catch (error) {
      await patchSubscription(kb, id, { checkedAt, lastError: messageOf(error) }).catch(() => undefined);
      throw error;
    }
  }

  /**
   * Installs a subscribed pack's new version, as last previewed (fetched again if it is no longer held); refused when
   * it brings nothing new, so an empty update does not take the place of the last undo point.
   */
  async update(id: string, choices: MergeChoices): Promise<BulkSummary> {
    const kb = await this.deps.kb();
    const pack = await subscribedPack(kb, id);
    const {
      pack: theirs,
      etag,
      lastModified,
    } = this.#net.take(pack.url) ?? (await this.#net.whole(pack.url));
    const sameVersion = theirs.exportedAt.slice(0, 10) === pack.version;
    if (sameVersion && changeless(await previewPackUpdate(kb, id, theirs)))
      throw new FetchPackError(`“${pack.title}” is up to date: there is nothing to update`);
    const now = this.deps.now();
    const row = { etag, lastModified, checkedAt: now, lastError: null, pending: null };
    return applyPackUpdate(kb, id, theirs, choices, now, row);
  }

  /**
   * The automatic update of a checked pack: no choice is given, and a conflict without one keeps the reader's copy
   * (utils/subscribe/merge-resolve.ts), so every conflict resolves to 'mine' and no edit is overwritten, even one made
   * since the check. A refusal is recorded as the pack's last error, the update left waiting, and thrown.
   */
  async updateKeepingMine(id: string): Promise<BulkSummary> {
    try {
      return await this.update(id, {});
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
