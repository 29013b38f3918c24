import * as v from 'valibot';
import type { InstalledPack } from '@/utils/installed-pack';
import type { BulkSummary } from '@/utils/undo-point';
import { emptyPayload, idField, storeRecord, storeRecords } from '../shapes';
import type { CallRule } from './call-rule';

/** The Packs view's requests: installed and bundled packs, on or off, installed by id. */
export const PACK_CALLS = {
  /** Popup: the installed packs, and the bundled ones not installed yet, for the Packs view. */
  'packs.list': {
    from: 'extension',
    payload: emptyPayload,
    reply: v.strictObject({
      installed: storeRecords<InstalledPack>(),
      available: v.array(v.strictObject({ id: v.string(), title: v.string(), publisher: v.string() })),
    }),
  },
  /** Popup: turn a pack off (its records hidden from pages, not deleted) or on again. */
  'packs.setEnabled': {
    from: 'extension',
    payload: v.strictObject({ id: idField, enabled: v.boolean() }),
    reply: storeRecord<InstalledPack>(),
  },
  /** Popup: install a pack the extension ships, by id, merged over the knowledge base and enabled. */
  'packs.installBundled': {
    from: 'extension',
    payload: v.strictObject({ id: idField }),
    reply: storeRecord<BulkSummary>(),
  },
} satisfies Record<string, CallRule>;
