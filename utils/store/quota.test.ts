import { unwrap } from 'idb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { dump, freshKb, makeEntry, NOTHING_LOADED } from '@/tests/helpers/kb-records';
import { ConflictError } from './errors';
import type { Kb } from './kb';
import { QUOTA_MESSAGE, QuotaError, writeFailure } from './quota';

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

let kb: Kb;
beforeEach(async () => {
  kb = await freshKb();
});
afterEach(() => kb.close());

/** Saves one entry, so a failed write can be shown to leave it exactly as it was. */
const saveMacron = () =>
  kb.saveDraft({ entry: makeEntry('macron'), facts: [], stances: [] }, null, NOTHING_LOADED);

describe('a write over the storage quota', () => {
  it('fails with the quota message and code when a request is refused for space, and writes nothing', async () => {
    await saveMacron();
    const before = await dump(kb);
    const heard = vi.fn();
    kb.onChange(heard);
    const write = kb.write(async (tx) => {
      await tx.objectStore('entries').put(makeEntry('starmer'));
      throw quota();
    });
    await expect(write).rejects.toBeInstanceOf(QuotaError);
    await expect(write).rejects.toMatchObject({ code: 'quota-exceeded', message: QUOTA_MESSAGE });
    expect(await dump(kb)).toEqual(before);
    expect(heard).not.toHaveBeenCalled();
  });

  it('fails the same way when the transaction itself is aborted for space, as a commit over quota is', async () => {
    const write = kb.write(async (tx) => {
      await tx.objectStore('entries').put(makeEntry('starmer'));
      // fake-indexeddb's own abort step, with the error a browser sets when the commit runs out of room.
      (unwrap(tx) as unknown as { _abort(name: string): void })._abort('QuotaExceededError');
      await tx.objectStore('entries').put(makeEntry('macron'));
    });
    await expect(write).rejects.toMatchObject({ name: 'QuotaError', code: 'quota-exceeded' });
    expect(await kb.entries()).toEqual([]);
  });
});

describe('writeFailure', () => {
  it('keeps every other failure as it was', () => {
    const conflict = new ConflictError('Entry', makeEntry('macron'), 3);
    expect(writeFailure(conflict, null)).toBe(conflict);
    const abort = new DOMException('aborted', 'AbortError');
    expect(writeFailure(abort, new DOMException('constraint', 'ConstraintError'))).toBe(abort);
    expect(writeFailure(abort, quota())).toBeInstanceOf(QuotaError);
  });
});
