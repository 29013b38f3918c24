import * as v from 'valibot';
import type { Fact } from '@/utils/model';
import { exactly } from './exact';
import {
  dateSchema,
  idSchema,
  LONG_TEXT,
  listSchema,
  recordSchema,
  requiredTextSchema,
  stampEntries,
} from './fields';
import { sourceSchema } from './source';
import { uniqueItems } from './unique';

/** A dated event about at least one entry, each entry named once. */
export function factSchema(now: number) {
  return exactly<Fact>()(
    recordSchema({
      id: idSchema,
      date: dateSchema,
      text: requiredTextSchema(LONG_TEXT),
      entryIds: v.pipe(
        listSchema(idSchema),
        v.minLength(1, 'must name at least one entry'),
        uniqueItems('entryIds', (id: string) => id),
      ),
      source: sourceSchema,
      ...stampEntries(now),
    }),
  );
}
