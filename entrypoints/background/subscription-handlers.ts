import type { SubscriptionCall } from '@/utils/protocol/calls/subscription-calls';
import type { Handlers } from '@/utils/protocol/router';
import type { Kb } from '@/utils/store/kb';
import { previewPackRemoval, removePack } from '@/utils/store/pack-remove';
import type { PackSubscriptions } from './pack-subscriptions';

/** What these requests need: the subscriptions, the knowledge base once open (for removals) and the clock. */
export interface SubscriptionHandlerDeps {
  subscriptions: PackSubscriptions;
  kb: () => Promise<Kb>;
  now: () => number;
}

/**
 * Answers the Packs view's requests about packs subscribed to by address: preview and subscribe, check and update,
 * automatic updates; and the removal of any installed pack. Fetching and merging are PackSubscriptions'
 * (./pack-subscriptions.ts), removal the store's (utils/store/pack-remove.ts).
 */
export function createSubscriptionHandlers({
  subscriptions,
  kb,
  now,
}: SubscriptionHandlerDeps): Pick<Handlers, SubscriptionCall> {
  return {
    'packs.subscribePreview': async ({ url }) => subscriptions.preview(url),
    'packs.subscribe': async ({ url, choices }) => subscriptions.subscribe(url, choices),
    'packs.check': async ({ id }) => subscriptions.check(id),
    'packs.update': async ({ id, choices }) => subscriptions.update(id, choices),
    'packs.setAutoUpdate': async ({ id, on }) => subscriptions.setAutoUpdate(id, on),
    'packs.removePreview': async ({ id }) => previewPackRemoval(await kb(), id),
    'packs.remove': async ({ id }) => removePack(await kb(), id, now()),
  };
}
