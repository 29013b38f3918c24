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
