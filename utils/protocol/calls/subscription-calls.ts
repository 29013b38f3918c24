import * as v from 'valibot';
import type { InstalledPack } from '@/utils/installed-pack';
import type { PackRemovalPreview } from '@/utils/store/pack-remove';
import type { SubscriptionPreview } from '@/utils/subscribe/subscription-preview';
import { MAX_URL_CHARS } from '@/utils/subscribe/subscription-url';
import { type BulkSummary, UNDO_MAX_RECORDS } from '@/utils/undo-point';
import { idField, storeRecord } from '../shapes';
import type { CallRule } from './call-rule';

/** A pack's address as the reader pasted it; utils/subscribe/subscription-url.ts says which ones are accepted. */
const urlField = v.pipe(v.string(), v.maxLength(MAX_URL_CHARS));
/**
 * The reader's choice for each conflict of the preview, keyed `collection/id` (`choiceKey`,
 * utils/subscribe/merge-resolve.ts); a conflict left out keeps the reader's copy. At most as many as an undoable bulk
 * write touches.
 */
const choicesField = v.pipe(
  v.record(v.pipe(v.string(), v.maxLength(200)), v.picklist(['mine', 'theirs'])),
  v.check(
    (choices) => Object.keys(choices).length <= UNDO_MAX_RECORDS,
    `at most ${UNDO_MAX_RECORDS} choices`,
  ),
);

/**
 * The Packs view's requests about packs subscribed to by address (issue 12): preview and subscribe, check and update,
 * automatic updates on or off, remove. The background makes every request to the pack's address; the popup never
 * fetches it.
 */
export const SUBSCRIPTION_CALLS = {
  /** Popup: fetch the pack at an address and say what subscribing would do, writing nothing. */
  'packs.subscribePreview': {
    from: 'extension',
    payload: v.strictObject({ url: urlField }),
    reply: storeRecord<SubscriptionPreview>(),
  },
  /** Popup: install the pack at an address as previewed, with the reader's choices, and remember the address. */
  'packs.subscribe': {
    from: 'extension',
    payload: v.strictObject({ url: urlField, choices: choicesField }),
    reply: storeRecord<BulkSummary>(),
  },
  /** Popup: ask a subscribed pack's address whether it changed; an update comes with its preview, nothing written. */
  'packs.check': {
    from: 'extension',
    payload: v.strictObject({ id: idField }),
    reply: v.variant('status', [
      v.strictObject({ status: v.literal('unchanged') }),
      v.strictObject({ status: v.literal('update'), preview: storeRecord<SubscriptionPreview>() }),
    ]),
  },
  /** Popup: apply a subscribed pack's update as previewed, with the reader's choices; it can be undone once. */
  'packs.update': {
    from: 'extension',
    payload: v.strictObject({ id: idField, choices: choicesField }),
    reply: storeRecord<BulkSummary>(),
  },
  /** Popup: let the daily check apply a pack's updates by itself (edits here are always kept), or stop it. */
  'packs.setAutoUpdate': {
    from: 'extension',
    payload: v.strictObject({ id: idField, on: v.boolean() }),
    reply: storeRecord<InstalledPack>(),
  },
  /** Popup: what removing a pack would delete and keep, before it is asked. */
  'packs.removePreview': {
    from: 'extension',
    payload: v.strictObject({ id: idField }),
    reply: storeRecord<PackRemovalPreview>(),
  },
  /** Popup: remove a pack and the records only it brought; it can be undone once. */
  'packs.remove': {
    from: 'extension',
    payload: v.strictObject({ id: idField }),
    reply: storeRecord<BulkSummary>(),
  },
} satisfies Record<string, CallRule>;

/** The requests entrypoints/background/subscription-handlers.ts answers. */
export type SubscriptionCall = keyof typeof SUBSCRIPTION_CALLS;
