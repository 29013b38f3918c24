import * as v from 'valibot';
import { settingsSchema } from '@/utils/settings';
import { wholeNumber } from './shapes';

/**
 * Every event the background announces to tabs and extension pages, defined once: events are not requests, so
 * they skip the router, but `emit`/`broadcast` are typed by these schemas and `onEvent` checks by them.
 */
export const eventSchema = v.variant('type', [
  /** After every committed write, so tabs and popup refresh. */
  v.strictObject({ type: v.literal('kb.changed'), version: wholeNumber }),
  /** After a tab's report changed (new mentions, or dropped on navigation or close), so "On this page" reloads. */
  v.strictObject({ type: v.literal('page.reported'), tabId: wholeNumber }),
  /** After a report added or advanced pages in the reading log, so an open editor's "Where it was seen" reloads. */
  v.strictObject({ type: v.literal('seen.changed') }),
  /**
   * After the reader's settings changed in storage, so every tab obeys at once (page scripts do not read storage:
   * entrypoints/page/settings-watch.ts).
   */
  v.strictObject({ type: v.literal('settings.changed'), settings: settingsSchema }),
]);

/** An event as it is sent. */
export type EventInput = v.InferInput<typeof eventSchema>;

/** An event name. */
export type EventName = v.InferOutput<typeof eventSchema>['type'];

/** An event as a listener receives it once checked. */
export type EventOf<E extends EventName> = Extract<v.InferOutput<typeof eventSchema>, { type: E }>;
