import type { PackCounts } from '@/utils/installed-pack';

/** How the reader settles one record edited here that the pack also changed: keep theirs, or keep mine. */
export type Choice = 'mine' | 'theirs';

/**
 * What subscribing to an address, or updating a subscribed pack, would do, shown before anything is written: the
 * pack as fetched (address, title, version, counts) and, record by record, what accepting changes, with the records
 * edited here listed as conflicts the reader settles with a {@link Choice} each.
 */
export interface SubscriptionPreview {
  url: string;
  title: string;
  /** The pack's own version: the date it was exported, YYYY-MM-DD. */
  version: string;
  counts: PackCounts;
  /** The three-way merge's preview (utils/store/pack-update.ts). */
  changes: unknown;
}
