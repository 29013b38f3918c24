import type { Entry, Fact, Stance } from '@/utils/model';

/** Any record the store versions. */
export type KbRecord = Entry | Fact | Stance;
/** How messages name a record type. */
export type RecordLabel = 'Entry' | 'Fact' | 'Stance';

/** A write based on an outdated revision, or a create over an existing id: carries the stored record to merge with. */
export class ConflictError<T extends KbRecord = KbRecord> extends Error {
  override readonly name = 'ConflictError';
  /** Tells callers across contexts to offer reload or overwrite. */
  readonly code = 'conflict';

  constructor(
    readonly label: RecordLabel,
    readonly current: T,
    yours: number | null,
  ) {
    super(
      yours === null
        ? `${label} "${current.id}" already exists (stored revision ${current.rev})`
        : `${label} "${current.id}" changed elsewhere (stored revision ${current.rev}, yours ${yours})`,
    );
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
