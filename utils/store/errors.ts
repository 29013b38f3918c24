import type { Entry, Fact, Stance } from '@/utils/model';

/** Any record the store versions. */
export type KbRecord = Entry | Fact | Stance;
/** How messages name a record type. */
export type RecordLabel = 'Entry' | 'Fact' | 'Stance';

/** Why a stored record was not the caller's: `unseen` is a related record added after the editor loaded its entry. */
function conflictText(label: RecordLabel, current: KbRecord, yours: number | null | 'unseen'): string {
  const name = `${label} "${current.id}"`;
  if (yours === null) return `${name} already exists (stored revision ${current.rev})`;
  if (yours === 'unseen') return `${name} was added elsewhere after you opened this entry`;
  return `${name} changed elsewhere (stored revision ${current.rev}, yours ${yours})`;
}

/**
 * A write based on an outdated revision, a create over an existing id, or a save that would remove a related record
 * its editor never saw: carries the stored record to merge with.
 */
export class ConflictError<T extends KbRecord = KbRecord> extends Error {
  override readonly name = 'ConflictError';
  /** Tells callers across contexts to offer reload or overwrite. */
  readonly code = 'conflict';

  constructor(
    readonly label: RecordLabel,
    readonly current: T,
    yours: number | null | 'unseen',
  ) {
    super(conflictText(label, current, yours));
  }
}

/** A write or delete aimed at a record that is not stored (deleted elsewhere, or never there). */
export class NotFoundError extends Error {
  override readonly name = 'NotFoundError';
  /** Tells callers across contexts the record is gone. */
  readonly code = 'not-found';

  constructor(
    readonly label: RecordLabel,
    readonly id: string,
  ) {
    super(`${label} "${id}" not found`);
  }
}

/** Most problems one refusal names; the rest are counted, so a broken import does not produce a page of text. */
const PROBLEMS_SHOWN = 10;

/**
 * A write that would leave the knowledge base inconsistent (a stance between two actors, a fact about no entry, an
 * affiliation to itself): the message names each record and the rule it would break, and nothing was written.
 */
export class IntegrityError extends Error {
  override readonly name = 'IntegrityError';

  constructor(problems: readonly string[]) {
    const shown = problems.slice(0, PROBLEMS_SHOWN);
    const more = problems.length - shown.length;
    super(
      [
        'Not written: the knowledge base would be left inconsistent.',
        ...shown,
        ...(more > 0 ? [`…and ${more} more`] : []),
      ].join('\n'),
    );
  }
}
