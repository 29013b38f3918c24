import { MAX_REV } from '@/utils/schema/fields';
import { ConflictError, type KbRecord, NotFoundError, type RecordLabel } from './errors';

/** The stored record if its revision is the one the caller based its change on; throws otherwise. */
export function checkRev<T extends KbRecord>(
  label: RecordLabel,
  id: string,
  stored: T | undefined,
  expectedRev: number,
): T {
  if (!stored) throw new NotFoundError(label, id);
  if (stored.rev !== expectedRev) throw new ConflictError(label, stored, expectedRev);
  return stored;
}

/**
 * Applies the optimistic write rule: `expectedRev` null creates (the id must be free), a number updates the record
 * stored at that revision. Returns the record to store, with its revision bumped and its times set. A record at
 * MAX_REV is refused rather than wrapped: a wrapped revision could equal a stale editor's and let its save through.
 */
export function stamp<T extends KbRecord>(
  label: RecordLabel,
  record: T,
  stored: T | undefined,
  expectedRev: number | null,
  now: number,
): T {
  if (expectedRev === null) {
    if (stored) throw new ConflictError(label, stored, null);
    return { ...record, createdAt: now, updatedAt: now, rev: 1 };
  }
  const base = checkRev(label, record.id, stored, expectedRev);
  if (base.rev >= MAX_REV) {
    throw new Error(`${label} "${base.id}" is at the highest revision (${MAX_REV}) and cannot change again`);
  }
  return { ...record, createdAt: base.createdAt, updatedAt: now, rev: base.rev + 1 };
}
