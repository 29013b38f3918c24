import * as v from 'valibot';
import { idField } from './shapes';

/**
 * Every command the extension sends to a tab's content script, defined once: `sendToTab` is typed by these
 * schemas and `onTabCommand` accepts only these exact shapes.
 */
export const tabCommandSchema = v.variant('type', [
  /** From the background's keyboard shortcuts: open the next (1) or previous (-1) mention. */
  v.strictObject({ type: v.literal('page.step'), direction: v.picklist([1, -1]) }),
  /** From the popup: scroll to an entry's first mention and open its popover. */
  v.strictObject({
    type: v.literal('page.reveal'),
    entryId: v.pipe(idField, v.minLength(1)),
  }),
  /**
   * From the popup as it opens: read the parts of the page left unread while far below the viewport
   * (utils/engine/far-tails.ts), so "On this page" lists every mention once the page reports again.
   */
  v.strictObject({ type: v.literal('page.readAll') }),
  /** From the background when the tab's URL changed without a new document (a single-page app's route): report again. */
  v.strictObject({ type: v.literal('page.reportAgain') }),
]);

/** A command as it is sent. */
export type TabCommandInput = v.InferInput<typeof tabCommandSchema>;

/** A command as the content script receives it once checked. */
export type TabCommand = v.InferOutput<typeof tabCommandSchema>;

/** Which way `page.step` moves through the page's mentions. */
export type StepDirection = Extract<TabCommand, { type: 'page.step' }>['direction'];
