import * as v from 'valibot';
import type { SeenPage } from '@/utils/seen';
import { emptyPayload, idField, storeRecords, wholeNumber } from '../shapes';
import type { CallRule } from './call-rule';

/** The mention log's requests, from the popup's editor and settings. */
export const SEEN_CALLS = {
  /** Popup editor: one page of the pages an entry was seen in, latest first, and how many there are. */
  'seen.list': {
    from: 'extension',
    payload: v.strictObject({
      entryId: idField,
      offset: wholeNumber,
      limit: v.pipe(wholeNumber, v.maxValue(100)),
    }),
    reply: v.object({ total: wholeNumber, pages: storeRecords<SeenPage>() }),
  },
  /** Popup settings: forget every page of the mention log. */
  'seen.clear': { from: 'extension', payload: emptyPayload, reply: v.null() },
} satisfies Record<string, CallRule>;
