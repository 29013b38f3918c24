/** How many records of each kind a pack holds. */
export interface PackCounts {
  entries: number;
  facts: number;
  stances: number;
}

/**
 * A pack the reader installed, as the store keeps it: the Packs view lists these, and a disabled one's records are
 * hidden from pages without being deleted.
 */
export interface InstalledPack {
  /** A slug: the bundled packs' fixed ids, or one made from an imported file's title. */
  id: string;
  title: string;
  /** The pack's own version: the date it was exported, YYYY-MM-DD. */
  version: string;
  /** Who publishes it, or null for a file of unknown origin. */
  publisher: string | null;
  counts: PackCounts;
  /** Epoch milliseconds of the first install and of the latest one. */
  installedAt: number;
  updatedAt: number;
  enabled: boolean;
  /**
   * A subscribed pack's address (utils/subscribe/subscription-url.ts); absent for bundled packs and imported files.
   * The fields below are kept only with it.
   */
  url?: string;
  /** The validators of the response the installed version came in, sent back so an unchanged pack costs a 304. */
  etag?: string | null;
  lastModified?: string | null;
  /** Epoch milliseconds of the last check of the address, whatever it found. */
  checkedAt?: number;
  /** Why the last check failed, as the Packs view shows it; null once a check succeeds. */
  lastError?: string | null;
  /** Whether the daily check installs updates by itself, always keeping the reader's edits; off unless turned on. */
  autoUpdate?: boolean;
  /** An update a check found that is not installed yet (automatic updates off): the popup previews and applies it. */
  pending?: PendingUpdate | null;
}

/** What the Packs view says of an update found but not installed: which version, when, and how many conflicts. */
export interface PendingUpdate {
  version: string;
  foundAt: number;
  /** Records edited here that the update also changes: the reader chooses for each when applying it. */
  conflicts: number;
}

/**
 * Where one stored entry, fact or stance came from: the ids of the packs that brought it (several when packs share
 * a record; none for the reader's own) and whether the reader edited it in the editor since. No stored origin means
 * the reader's own, unedited.
 */
export interface Origin {
  packs: string[];
  edited: boolean;
}

/** An origin as the popover and the editor show it: the packs' titles (none: the reader's own) and the edit mark. */
export interface OriginLabel {
  packs: string[];
  edited: boolean;
}

/** The origin of every record nobody installed: the reader's own. */
export const MINE: Origin = { packs: [], edited: false };
