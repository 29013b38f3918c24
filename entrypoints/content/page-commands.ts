import type { RevealRequest } from '@/utils/messages';

/** Sent by the background's keyboard commands to the active tab: open the next (1) or previous (-1) mention. */
export interface StepRequest {
  type: 'page.step';
  direction: 1 | -1;
}

/** A command from our own extension to this page's popover. */
export type PageCommand = StepRequest | RevealRequest;

/** Longest entry id accepted from a message: ids are short slugs, so anything longer is malformed. */
const MAX_ID_LENGTH = 200;

/**
 * Accepts `page.step` and `page.reveal` only in their exact shapes and only from our own extension, since any
 * extension may message a tab; everything else is null.
 */
export function readPageCommand(
  message: unknown,
  sender: { id?: string },
  ownId: string,
): PageCommand | null {
  if (sender.id !== ownId || typeof message !== 'object' || message === null) return null;
  const m = message as Record<string, unknown>;
  if (m.type === 'page.step' && (m.direction === 1 || m.direction === -1)) {
    return { type: 'page.step', direction: m.direction };
  }
  if (
    m.type === 'page.reveal' &&
    typeof m.entryId === 'string' &&
    m.entryId !== '' &&
    m.entryId.length <= MAX_ID_LENGTH
  ) {
    return { type: 'page.reveal', entryId: m.entryId };
  }
  return null;
}
