import * as v from 'valibot';
import { entrySchema } from '@/utils/schema/entry';
import { factSchema } from '@/utils/schema/fact';
import { stanceSchema } from '@/utils/schema/stance';
import { idField, listOf, wholeNumber } from './shapes';

// Only the background imports this file (through calls.ts and the router): the record schemas it pulls in
// stay out of the content script and the popup, which take only their types.

const entry = entrySchema(0);

/** What the editor saves: an entry with the complete set of its facts and stances, checked like a pack's. */
export const draftSchema = v.strictObject({
  entry,
  facts: listOf(factSchema(0)),
  stances: listOf(stanceSchema(0)),
});

/** What a delete removed, sent back whole by undo: checked like a pack's records, since it crosses contexts. */
export const removedSchema = v.strictObject({
  entry,
  stances: listOf(stanceSchema(0)),
  facts: listOf(factSchema(0)),
  detachedFacts: listOf(factSchema(0)),
  detachedEntries: listOf(entry),
});

const loadedRev = v.strictObject({ id: idField, rev: wholeNumber });

/** The facts and stances the editor loaded with its entry, at the revisions it saw: all a save may remove. */
export const loadedSchema = v.strictObject({ facts: listOf(loadedRev), stances: listOf(loadedRev) });
