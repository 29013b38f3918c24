import * as v from 'valibot';
import { POSITIONS, type Stance } from '@/utils/model';
import { exactly } from './exact';
import { dateSchema, idSchema, LONG_TEXT, recordSchema, stampEntries, textSchema } from './fields';
import { sourceSchema } from './source';

/** Where an actor stands on a proposal; that the ids name an actor and a proposal is checked across the pack. */
export function stanceSchema(now: number) {
  return exactly<Stance>()(
    recordSchema({
      id: idSchema,
      actorId: idSchema,
      proposalId: idSchema,
      position: v.picklist(POSITIONS, `must be one of ${POSITIONS.join(', ')}`),
      date: v.nullable(dateSchema),
      note: textSchema(LONG_TEXT),
      source: sourceSchema,
      ...stampEntries(now),
    }),
  );
}
