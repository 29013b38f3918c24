import * as v from 'valibot';
import type { MatrixPage } from '@/utils/dossier/matrix';
import type { TimelineItem } from '@/utils/dossier/timeline';
import { dossierPaging, timelineFilterSchema } from '../dossier-payloads';
import { storeRecord, storeRecords, wholeNumber } from '../shapes';
import type { CallRule } from './call-rule';

/** The dossier page's requests: pages of the timeline and of the stance matrix. */
export const DOSSIER_CALLS = {
  /** Dossier: one page of the timeline of facts and dated stances that pass the filter, and how many pass in all. */
  'dossier.timeline': {
    from: 'extension',
    payload: v.strictObject({ filter: timelineFilterSchema, ...dossierPaging }),
    reply: v.object({ total: wholeNumber, items: storeRecords<TimelineItem>() }),
  },
  /** Dossier: one page of the stance matrix, actors by name, with the proposals they took positions on. */
  'dossier.matrix': {
    from: 'extension',
    payload: v.strictObject(dossierPaging),
    reply: storeRecord<MatrixPage>(),
  },
} satisfies Record<string, CallRule>;
