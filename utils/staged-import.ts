import * as v from 'valibot';
import { COLLECTIONS, type Collection } from './import-plan';
import type { Pack, PackRecords } from './pack';
import type { RecordCounts } from './pack-chunks';
import { integrityIssues } from './schema/integrity';
import { type Issue, issueMessages, issuesOf } from './schema/issues';
import { packSchema } from './schema/pack';
import { readChunk } from './staged-chunk';

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

/** A staged import refused or lost: the message says why and that the knowledge base is unchanged. */
export class StagedImportError extends Error {
  override readonly name = 'StagedImportError';
}

/** The import asked for is not open; its code tells the popup that sending the pack again is the remedy. */
class ImportGoneError extends StagedImportError {
  readonly code = 'not-found';
}

/**
 * A staged import once every record arrived: the checked records when `issues` is empty, else the pack's records as
 * sent, with every problem found in them (by chunk, then across records).
 */
export interface StagedRecords {
  title: string;
  records: PackRecords;
  issues: Issue[];
}

interface Staging {
  id: string;
  head: Pack;
  counts: RecordCounts;
  /** The import's one time: missing stamps are filled with it, as `parsePack` fills them with its `now`. */
  now: number;
  touched: number;
  chars: number;
  raw: Record<Collection, unknown[]>;
  checked: Record<Collection, unknown[]>;
  issues: Record<Collection, Issue[]>;
}

const refused = (problems: readonly Issue[]) =>
  new StagedImportError(`The pack was not imported:\n${issueMessages(problems).join('\n')}`);
const lists = <T>(make: () => T): Record<Collection, T> => ({
  entries: make(),
  facts: make(),
  stances: make(),
});
const sum = (counts: RecordCounts) => counts.entries + counts.facts + counts.stances;

/** What a staging holds, once it holds every record it announced. */
function recordsOf(staging: Staging): StagedRecords {
  const missing = COLLECTIONS.filter(
    (collection) => staging.raw[collection].length < staging.counts[collection],
  );
  if (missing.length > 0)
    throw new StagedImportError(`The pack was not imported: ${missing.join(', ')} did not all arrive.`);
  const issues = [
    ...COLLECTIONS.flatMap((collection) => staging.issues[collection]),
    ...integrityIssues(staging.raw),
  ];
  const records = (issues.length > 0 ? staging.raw : staging.checked) as PackRecords;
  return { title: staging.head.title, records, issues };
}

/**
 * The background's one staged import: the popup sends a pack as its envelope, then chunks of records, then a
 * preview, a commit, or a preview and later a commit of the same records. Each chunk is checked as it arrives
 * (./staged-chunk.ts), so no message does much work and each resets the browser's idle timer; nothing reaches the
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
    const checked = v.safeParse(packSchema(now), head);
    if (!checked.success) throw refused(issuesOf(checked.issues));
    if (COLLECTIONS.some((collection) => checked.output[collection].length > 0))
      throw refused([{ path: [], message: 'records must come in chunks, not with the envelope' }]);
    const id = this.newId();
    const empty = { chars: 0, raw: lists<unknown[]>(() => []), checked: lists<unknown[]>(() => []) };
    this.#staging = {
      id,
      head: checked.output,
      counts,
      now,
      touched: now,
      ...empty,
      issues: lists(() => []),
    };
    return id;
  }

  /** Checks and stages one chunk of records; a chunk out of place, oversized or not a list ends the import. */
  add(id: string, collection: Collection, from: number, text: string, now: number): ImportProgress {
    const staging = this.#open(id, now);
    const have = staging.raw[collection];
    const place = {
      collection,
      from,
      received: have.length,
      announced: staging.counts[collection],
      chars: staging.chars,
    };
    const read = readChunk(text, place, staging.now);
    if (!read.ok) {
      this.#staging = null;
      throw new StagedImportError(`The pack was not imported: ${read.reason}. Nothing was imported.`);
    }
    for (const record of read.checked) staging.checked[collection].push(record);
    for (const issue of read.issues) staging.issues[collection].push(issue);
    for (const record of read.records) have.push(record);
    staging.chars += text.length;
    return this.status(id, now);
  }

  /** How far the import has come; asked while a commit writes, it keeps the background awake. */
  status(id: string, now: number): ImportProgress {
    const writing = this.#writing;
    if (writing?.id === id) return { received: writing.total, total: writing.total, writing: true };
    const staging = this.#open(id, now);
    const received = COLLECTIONS.reduce((count, collection) => count + staging.raw[collection].length, 0);
    return { received, total: sum(staging.counts), writing: false };
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
    this.#writing = { id, total: sum(staging.counts) };
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
