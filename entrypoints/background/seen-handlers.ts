import type { Handlers } from '@/utils/protocol/router';
import type { Kb } from '@/utils/store/kb';

/** The mention log's requests; ./handlers.ts logs the reports themselves. */
export type SeenCall = 'seen.list' | 'seen.clear';

/** Answers the editor's list of where an entry was seen and the settings' "Clear reading log". */
export function createSeenHandlers(kb: () => Promise<Kb>): Pick<Handlers, SeenCall> {
  return {
    'seen.list': async ({ entryId, offset, limit }) => (await kb()).seenLog().list(entryId, offset, limit),
    'seen.clear': async () => {
      await (await kb()).seenLog().clear();
      return null;
    },
  };
}
