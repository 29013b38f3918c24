import type { Entry, Fact, Stance } from './model';
import type { Issue } from './schema/issues';

/** The `format` field every pack carries, so a stray JSON file is recognised as not ours. */
export const PACK_FORMAT = 'fact-linker-pack';
/**
 * The pack version this build writes. Version 2 reads `{ } [ ] | \` in alias texts as pattern syntax; version 1
 * packs are still read, upgraded (utils/pack-upgrade.ts).
 */
export const PACK_VERSION = 2;

/** A shareable knowledge base: entries, facts and stances, as exported and imported. */
export interface Pack {
  format: typeof PACK_FORMAT;
  version: typeof PACK_VERSION;
  title: string;
  /** ISO 8601 time of export. */
  exportedAt: string;
  entries: Entry[];
  facts: Fact[];
  stances: Stance[];
}

/** The records of a pack, or of the knowledge base: all an import plans and writes. */
export type PackRecords = Pick<Pack, 'entries' | 'facts' | 'stances'>;

/** Merge keeps records the pack does not name; replace empties the knowledge base first. */
export type ImportMode = 'merge' | 'replace';

/** What an import wrote, by record type. */
export interface ImportSummary {
  added: number;
  updated: number;
  unchanged: number;
  removed: number;
}

/** Outcome of validating untrusted input: the value, or every problem found, each with its path. */
export type Checked<T> = { ok: true; value: T } | { ok: false; issues: Issue[] };
