import * as v from 'valibot';
import { settingsSchema } from '@/utils/settings';
import {
  emptyPayload,
  entryCountSchema,
  epochField,
  idField,
  listOf,
  mentionSummarySchema,
  numberedVerdictSchema,
  topicVerdictSchema,
  wholeNumber,
} from '../shapes';
import type { CallRule } from './call-rule';

/** What a tab's page script and popover frame ask, and what the popup asks of a tab's report. */
export const PAGE_CALLS = {
  /**
   * Page script: what this tab mentions, for the badge and the popup's "On this page", why the page counts as on
   * topic or not, and the address the page shows now (a single-page app's route changes it, while the browser's
   * sender URL keeps the one loaded). Entries come by number, in the epoch of the page's matcher; the answer is
   * their ids, mention by mention, so the page can find the entry the popup asks it to reveal, or null when the
   * background reads numbers of another epoch only: the page then asks for the matcher again.
   */
  'page.report': {
    from: 'page',
    payload: v.strictObject({
      epoch: epochField,
      mentions: listOf(entryCountSchema, 100_000),
      topic: numberedVerdictSchema,
      url: v.pipe(v.string(), v.maxLength(8_192)),
    }),
    reply: v.nullable(listOf(idField, 100_000)),
  },
  /**
   * Page script: the reader's settings as stored, asked once at start; changes come as `settings.changed` events
   * (why not `storage`: entrypoints/page/settings-watch.ts).
   */
  'page.settings': { from: 'page', payload: emptyPayload, reply: settingsSchema },
  /** Popover frame: open the popup's editor on an entry, in a tab (only our frame's button may ask). */
  'ui.openEditor': { from: 'extension', payload: v.strictObject({ entryId: idField }), reply: v.null() },
  /** Page script and the popover frame it embeds: the tab's ticket that pairs them over a private port. */
  'ui.frameTicket': {
    from: 'page',
    payload: emptyPayload,
    reply: v.strictObject({ ticket: v.pipe(v.string(), v.length(36)) }),
  },
  /** Popup: what a tab reported, in reading order, and the topic gate's verdict (null before any report). */
  'page.mentions': {
    from: 'extension',
    payload: v.strictObject({ tabId: wholeNumber }),
    reply: v.strictObject({ mentions: v.array(mentionSummarySchema), topic: v.nullable(topicVerdictSchema) }),
  },
} satisfies Record<string, CallRule>;
