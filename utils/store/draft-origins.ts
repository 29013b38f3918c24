import type { Collection } from '@/utils/import-plan';
import { sameContent } from './equal';
import type { KbRecord } from './errors';
import type { WriteTx } from './layout';
import { originKey } from './origins';
import { readDraft } from './read-all';
import type { EntryDraft } from './save-draft';

/** The records an editor save may touch, by origin key, as stored before it: undefined for one that is not stored. */
export type DraftSnapshot = Map<string, { collection: Collection; id: string; stored: KbRecord | undefined }>;

/** Reads, before an editor save, every record it may touch: the entry, the facts and stances stored and drafted. */
export async function snapshotDraft(tx: WriteTx, draft: EntryDraft): Promise<DraftSnapshot> {
  const stored = await readDraft(tx, draft.entry.id);
  const ids: [Collection, string][] = [
    ['entries', draft.entry.id],
    ...[...(stored?.facts ?? []), ...draft.facts].map((fact): [Collection, string] => ['facts', fact.id]),
    ...[...(stored?.stances ?? []), ...draft.stances].map((s): [Collection, string] => ['stances', s.id]),
  ];
  const snapshot: DraftSnapshot = new Map();
  for (const [collection, id] of ids) {
    const key = originKey(collection, id);
    if (!snapshot.has(key))
      snapshot.set(key, { collection, id, stored: await tx.objectStore(collection).get(id) });
  }
  return snapshot;
}

/**
 * After an editor save: a record it created is the reader's own (whatever origin an earlier record of that id left);
 * a pack record whose content it changed is marked edited. Records it left as they were, or removed, keep theirs.
 */
export async function markDraftOrigins(tx: WriteTx, before: DraftSnapshot): Promise<void> {
  const origins = tx.objectStore('origins');
  for (const [key, { collection, id, stored }] of before) {
    const after = await tx.objectStore(collection).get(id);
    if (!after) continue;
    if (!stored) {
      await origins.delete(key);
      continue;
    }
    const origin = await origins.get(key);
    if (origin && origin.packs.length > 0 && !origin.edited && !sameContent(after, stored)) {
      await origins.put({ ...origin, edited: true }, key);
    }
  }
}
