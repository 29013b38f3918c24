import * as v from 'valibot';
import { COLLECTIONS, type Collection } from './import-plan';
import type { Pack, PackRecords } from './pack';
import type { RecordCounts } from './pack-chunks';
import { integrityIssues } from './schema/integrity';
import { type Issue, issueMessages, issuesOf } from './schema/issues';
import { packSchema } from './schema/pack';
import { readChunk } from './staged-chunk';

/** A staged import refused or lost: the message says why and that the knowledge base is unchanged. */
export class StagedImportError extends Error {
  override readonly name = 'StagedImportError';
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

/** One import's records as they arrive: as sent, as checked, and the problems found, per list. */
export interface Staging {
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

/** The error that refuses an import for these problems, each on a line of its own. */
export const refused = (problems: readonly Issue[]) =>
  new StagedImportError(`The pack was not imported:\n${issueMessages(problems).join('\n')}`);

const lists = <T>(make: () => T): Record<Collection, T> => ({
  entries: make(),
  facts: make(),
  stances: make(),
});

/** How many records an import announced, all lists together. */
export const announcedCount = (counts: RecordCounts) => counts.entries + counts.facts + counts.stances;

/**
 * A staging for `counts` records under the pack envelope `head`, which must be a valid pack with empty lists; it
 * takes an id only once the envelope passed.
 */
export function openStaging(head: unknown, counts: RecordCounts, now: number, newId: () => string): Staging {
  const checked = v.safeParse(packSchema(now), head);
  if (!checked.success) throw refused(issuesOf(checked.issues));
  if (COLLECTIONS.some((collection) => checked.output[collection].length > 0))
    throw refused([{ path: [], message: 'records must come in chunks, not with the envelope' }]);
  const issues = lists<Issue[]>(() => []);
  const empty = { chars: 0, raw: lists<unknown[]>(() => []), checked: lists<unknown[]>(() => []) };
  return { id: newId(), head: checked.output, counts, now, touched: now, ...empty, issues };
}

/**
 * Checks one chunk and stages it; returns why the import must end instead (a chunk out of place, oversized or not a
 * list), with nothing staged.
 */
export function stageChunk(
  staging: Staging,
  collection: Collection,
  from: number,
  text: string,
): string | null {
  const have = staging.raw[collection];
  const place = {
    collection,
    from,
    received: have.length,
    announced: staging.counts[collection],
    chars: staging.chars,
  };
  const read = readChunk(text, place, staging.now);
  if (!read.ok) return read.reason;
  for (const record of read.checked) staging.checked[collection].push(record);
  for (const issue of read.issues) staging.issues[collection].push(issue);
  for (const record of read.records) have.push(record);
  staging.chars += text.length;
  return null;
}

/** Records staged so far, all lists together. */
export const stagedCount = (staging: Staging) =>
  COLLECTIONS.reduce((count, collection) => count + staging.raw[collection].length, 0);

/** What a staging holds, once it holds every record it announced. */
export function recordsOf(staging: Staging): StagedRecords {
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
