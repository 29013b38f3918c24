import * as v from 'valibot';
import { COLLECTIONS, type Collection } from './import-plan';
import type { ImportMode, ImportSummary, Pack } from './pack';
import { CHUNK_CHARS, type RecordCounts } from './pack-chunks';
import { MAX_PACK_CHARS } from './pack-parse';
import { entrySchema } from './schema/entry';
import { factSchema } from './schema/fact';
import { listSchema } from './schema/fields';
import { integrityIssues } from './schema/integrity';
import { type Issue, issueMessages, issuesOf } from './schema/issues';
import { packSchema } from './schema/pack';
import { stanceSchema } from './schema/stance';

/** A staged import no message touched for this long is dropped: the popup that was sending it has gone. */
export const STALE_MS = 60_000;

const SCHEMAS = { entries: entrySchema, facts: factSchema, stances: stanceSchema };
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

interface Staging {
  id: string;
  mode: ImportMode;
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

/**
 * The background's one staged import: the popup sends a pack as its envelope, then chunks of records, then a
 * commit. Each chunk is checked as it arrives with the record schemas `parsePack` uses, so no message does much work
 * and each resets the browser's idle timer; nothing reaches the knowledge base until the commit, which adds the
 * cross-record checks and writes everything in one transaction or nothing. A new import replaces an unfinished one.
 */
export class StagedImports {
  #staging: Staging | null = null;
  #writing: { id: string; total: number } | null = null;

  constructor(readonly newId: () => string = () => crypto.randomUUID()) {}

  /** Opens an import of `counts` records under the pack envelope `head` (its lists empty); returns its id. */
  begin(head: unknown, counts: RecordCounts, mode: ImportMode, now: number): string {
    this.#staging = null;
    const checked = v.safeParse(packSchema(now), head);
    if (!checked.success) throw refused(issuesOf(checked.issues));
    if (COLLECTIONS.some((collection) => checked.output[collection].length > 0))
      throw refused([{ path: [], message: 'records must come in chunks, not with the envelope' }]);
    const id = this.newId();
    const empty = { chars: 0, raw: lists<unknown[]>(() => []), checked: lists<unknown[]>(() => []) };
    this.#staging = {
      id,
      mode,
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
    const fail = (reason: string) => {
      this.#staging = null;
      return new StagedImportError(`The pack was not imported: ${reason}. Nothing was imported.`);
    };
    const have = staging.raw[collection];
    if (text.length > CHUNK_CHARS) throw fail(`a chunk is over ${CHUNK_CHARS} characters`);
    if (staging.chars + text.length > MAX_PACK_CHARS) throw fail('the pack is over its size limit');
    if (from !== have.length) throw fail(`${collection} chunk at ${from} came out of order`);
    let records: unknown;
    try {
      records = JSON.parse(text);
    } catch {
      throw fail(`a ${collection} chunk is not JSON`);
    }
    if (!Array.isArray(records) || records.length === 0)
      throw fail(`a ${collection} chunk is not a list of records`);
    if (from + records.length > staging.counts[collection]) throw fail(`more ${collection} than announced`);
    const result = v.safeParse(listSchema(SCHEMAS[collection](staging.now)), records);
    if (result.success) for (const record of result.output) staging.checked[collection].push(record);
    else
      for (const { path, message } of issuesOf(result.issues)) {
        const [index, ...rest] = path;
        staging.issues[collection].push({ path: [collection, from + Number(index), ...rest], message });
      }
    for (const record of records) have.push(record);
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
   * Ends the import: refuses it, listing every problem, if a record is missing or invalid or the records break a
   * cross-record rule; otherwise hands the whole pack to `write`, which must write all of it or nothing.
   */
  async commit(
    id: string,
    now: number,
    write: (pack: Pack, mode: ImportMode) => Promise<ImportSummary>,
  ): Promise<ImportSummary> {
    const staging = this.#open(id, now);
    this.#staging = null;
    const missing = COLLECTIONS.filter(
      (collection) => staging.raw[collection].length < staging.counts[collection],
    );
    if (missing.length > 0)
      throw new StagedImportError(`The pack was not imported: ${missing.join(', ')} did not all arrive.`);
    const problems = [
      ...COLLECTIONS.flatMap((collection) => staging.issues[collection]),
      ...integrityIssues(staging.raw),
    ];
    if (problems.length > 0) throw refused(problems);
    this.#writing = { id, total: sum(staging.counts) };
    try {
      return await write({ ...staging.head, ...(staging.checked as Pick<Pack, Collection>) }, staging.mode);
    } finally {
      this.#writing = null;
    }
  }

  /** The staging with this id, touched now; a stale one is dropped first. */
  #open(id: string, now: number): Staging {
    const staging = this.#staging;
    if (staging && now - staging.touched > STALE_MS) this.#staging = null;
    if (!this.#staging || this.#staging.id !== id) throw new StagedImportError(GONE);
    this.#staging.touched = now;
    return this.#staging;
  }
}
