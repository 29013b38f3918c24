import * as v from 'valibot';
import type { EntryRef } from '@/utils/dossier/dossier-source';
import type { MatrixPage } from '@/utils/dossier/matrix';
import type { TimelineItem } from '@/utils/dossier/timeline';
import { dossierPaging, timelineFilterSchema } from '../dossier-payloads';
import { emptyPayload, storeRecord, storeRecords, wholeNumber } from '../shapes';
import type { CallRule } from './call-rule';

/** The dossier page's requests: every entry's name and kind, and pages of the timeline and of the stance matrix. */
export const DOSSIER_CALLS = {
  /**
   * Dossier: each entry's id, name and kind, to name entries and fill the entry filter: a tenth of what every entry in
   * full weighs (`kb.entries`, 3.5 MB at 10,000 entries).
   */
  'dossier.entryRefs': {
    from: 'extension',
    payload: emptyPayload,
    reply: storeRecords<EntryRef>(),
  },
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
