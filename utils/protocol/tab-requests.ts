import * as v from 'valibot';
import { browser } from 'wxt/browser';
import { issueText } from './reply';

/** The most text one page sends for suggestions: a long article's main text, not a whole infinite feed. */
export const PAGE_TEXT_LIMIT = 60_000;

const pageTextSchema = v.pipe(
  v.strictObject({
    title: v.pipe(v.string(), v.maxLength(1_000)),
    url: v.pipe(v.string(), v.maxLength(8_192)),
    blocks: v.pipe(
      v.array(
        v.strictObject({
          role: v.picklist(['headline', 'lead', 'body']),
          text: v.pipe(v.string(), v.maxLength(PAGE_TEXT_LIMIT)),
        }),
      ),
      v.maxLength(2_000),
    ),
  }),
  v.check(
    (page) => page.blocks.reduce((sum, block) => sum + block.text.length, 0) <= PAGE_TEXT_LIMIT,
    `the page's text must be at most ${PAGE_TEXT_LIMIT} characters`,
  ),
);

/**
 * Every question the popup asks a tab's page script and the answer it accepts, defined once. These never pass through
 * the background: the page's text goes from the page straight to the popup that asked, and only when it asks.
 */
export const TAB_REQUESTS = {
  /** The page's main text (headline, first paragraph, body), for suggestions; null where Fact Linker is paused. */
  'page.text': v.nullable(pageTextSchema),
} satisfies Record<string, v.GenericSchema>;

/** A question's name. */
export type TabRequestName = keyof typeof TAB_REQUESTS;

const REQUEST = v.strictObject({ type: v.picklist(Object.keys(TAB_REQUESTS) as TabRequestName[]) });

/** What the page script answers to a question. */
export type TabAnswer<R extends TabRequestName> = v.InferOutput<(typeof TAB_REQUESTS)[R]>;

/** The page's main text as the page script sends it. */
export type PageTextAnswer = NonNullable<TabAnswer<'page.text'>>;

/**
 * Asks a tab's page script and checks its answer; a page without our script (a browser page, the web store) or a
 * malformed answer is an error with the reason.
 */
export async function askTab<R extends TabRequestName>(tabId: number, name: R): Promise<TabAnswer<R>> {
  const answer: unknown = await browser.tabs.sendMessage(tabId, { type: name });
  const checked = v.safeParse(TAB_REQUESTS[name], answer);
  if (!checked.success)
    throw new Error(`Malformed answer to ${name}: ${issueText(checked.issues, 'answer')}`);
  return checked.output as TabAnswer<R>;
}

/**
 * Answers `name` questions from this extension's own pages until `signal` aborts; any other message, or one from
 * elsewhere, gets no answer from here. The answer is checked before it leaves, as a reply to a call is.
 */
export function onTabRequest<R extends TabRequestName>(
  name: R,
  answer: () => TabAnswer<R>,
  signal: AbortSignal,
): void {
  if (signal.aborted) return;
  const listener = (message: unknown, sender: { id?: string } | undefined): Promise<unknown> | undefined => {
    if (sender?.id !== browser.runtime.id || !v.is(REQUEST, message) || message.type !== name)
      return undefined;
    return Promise.resolve(v.parse(TAB_REQUESTS[name], answer()));
  };
  browser.runtime.onMessage.addListener(listener);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener), { once: true });
}
