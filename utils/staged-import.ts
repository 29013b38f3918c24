import type { Collection } from './import-plan';
import type { Pack } from './pack';
import type { RecordCounts } from './pack-chunks';
import {
  announcedCount,
  openStaging,
  recordsOf,
  refused,
  StagedImportError,
  type StagedRecords,
  type Staging,
  stageChunk,
  stagedCount,
} from './staged-records';

/** A staged import no message touched for this long is dropped: the popup that was sending it has gone. */
export const STALE_MS = 60_000;

const GONE =
  'This import is no longer open (it finished, another import replaced it, or it waited over a minute): nothing was imported from it.';

/** How far a staged import has come, for the popup's progress line. */
export interface ImportProgress {
  received: number;
  total: number;
  /** The commit is writing the records. */
  writing: boolean;
}

/** The import asked for is not open; its code tells the popup that sending the pack again is the remedy. */
class ImportGoneError extends StagedImportError {
  readonly code = 'not-found';
}

/**
 * The background's one staged import: the popup sends a pack as its envelope, then chunks of records, then a
 * preview, a commit, or a preview and later a commit of the same records. Each chunk is checked as it arrives
 * (./staged-records.ts), so no message does much work and each resets the browser's idle timer; nothing reaches the
 * knowledge base until the commit, which adds the cross-record checks and writes everything in one transaction or
 * nothing. A new import replaces an unfinished one.
 */
export class StagedImports {
  #staging: Staging | null = null;
  #writing: { id: string; total: number } | null = null;

  constructor(readonly newId: () => string = () => crypto.randomUUID()) {}

  /** Opens an import of `counts` records under the pack envelope `head` (its lists empty); returns its id. */
  begin(head: unknown, counts: RecordCounts, now: number): string {
    this.#staging = null;
    this.#staging = openStaging(head, counts, now, this.newId);
    return this.#staging.id;
  }

  /** Checks and stages one chunk of records; a chunk out of place, oversized or not a list ends the import. */
  add(id: string, collection: Collection, from: number, text: string, now: number): ImportProgress {
    const reason = stageChunk(this.#open(id, now), collection, from, text);
    if (reason !== null) {
      this.#staging = null;
      throw new StagedImportError(`The pack was not imported: ${reason}. Nothing was imported.`);
    }
    return this.status(id, now);
  }

  /** How far the import has come; asked while a commit writes, it keeps the background awake. */
  status(id: string, now: number): ImportProgress {
    const writing = this.#writing;
    if (writing?.id === id) return { received: writing.total, total: writing.total, writing: true };
    const staging = this.#open(id, now);
    return { received: stagedCount(staging), total: announcedCount(staging.counts), writing: false };
  }

  /**
   * Every record of the import, checked, for a preview; the import stays open for a commit, which checks nothing
   * again but what the knowledge base holds by then.
   */
  review(id: string, now: number): StagedRecords {
    return recordsOf(this.#open(id, now));
  }

  /**
   * Ends the import: refuses it, listing every problem, if a record is missing or invalid or the records break a
   * cross-record rule; otherwise hands the whole pack to `write`, which must write all of it (in the mode the commit names) or
   * nothing.
   */
  async commit<T>(id: string, now: number, write: (pack: Pack) => Promise<T>): Promise<T> {
    const staging = this.#open(id, now);
    this.#staging = null;
    const { records, issues } = recordsOf(staging);
    if (issues.length > 0) throw refused(issues);
    this.#writing = { id, total: announcedCount(staging.counts) };
    try {
      return await write({ ...staging.head, ...records });
    } finally {
      this.#writing = null;
    }
  }

  /** The staging with this id, touched now; a stale one is dropped first. */
  #open(id: string, now: number): Staging {
    const staging = this.#staging;
    if (staging && now - staging.touched > STALE_MS) this.#staging = null;
    if (!this.#staging || this.#staging.id !== id) throw new ImportGoneError(GONE);
    this.#staging.touched = now;
    return this.#staging;
  }
}
