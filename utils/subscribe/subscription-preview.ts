import type { PackUpdatePreview } from './update-preview';

/**
 * What subscribing to an address, or updating a subscribed pack, would do, shown before anything is written: the
 * three-way merge's preview (./update-preview.ts: the pack's id, title and version, every record it creates, updates,
 * removes and keeps, and the conflicts the reader settles one by one) and the address it was fetched from.
 */
export type SubscriptionPreview = PackUpdatePreview & { url: string };
