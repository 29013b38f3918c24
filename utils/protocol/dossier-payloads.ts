import * as v from 'valibot';
import { KINDS } from '@/utils/model';
import { dateSchema } from '@/utils/schema/fields';
import { idField, wholeNumber } from './shapes';

// Only the background imports this file (through calls.ts and the router), as with editor-payloads.ts.

/** The dossier timeline's filter (utils/dossier/timeline-filter.ts), every part checked: null means any. */
export const timelineFilterSchema = v.strictObject({
  entryId: v.nullable(idField),
  family: v.nullable(v.picklist(['actor', 'proposal'])),
  kind: v.nullable(v.picklist(KINDS)),
  type: v.nullable(v.picklist(['fact', 'stance'])),
  pack: v.nullable(idField),
  from: v.nullable(dateSchema),
  to: v.nullable(dateSchema),
  order: v.picklist(['latest', 'oldest']),
});

/** Where a page of a dossier list starts and how long it may be: bounded so one answer stays small. */
export const dossierPaging = {
  offset: wholeNumber,
  limit: v.pipe(wholeNumber, v.minValue(1), v.maxValue(500)),
};
