import * as v from 'valibot';
import { PACK_FORMAT, PACK_VERSION, type Pack } from '@/utils/pack';
import { entrySchema } from './entry';
import { exactly } from './exact';
import { factSchema } from './fact';
import { listSchema, recordSchema, SHORT_TEXT, textSchema } from './fields';
import { stanceSchema } from './stance';

/** The pack envelope and every record in it; cross-record rules live in ./integrity. */
export function packSchema(now: number) {
  return exactly<Pack>()(
    recordSchema({
      format: v.literal(PACK_FORMAT, `must be "${PACK_FORMAT}"`),
      version: v.literal(PACK_VERSION, `must be ${PACK_VERSION}`),
      title: textSchema(SHORT_TEXT),
      exportedAt: v.pipe(
        v.string('must be text'),
        v.isoTimestamp('must be an ISO 8601 time such as 2025-03-21T00:00:00.000Z'),
      ),
      entries: listSchema(entrySchema(now)),
      facts: listSchema(factSchema(now)),
      stances: listSchema(stanceSchema(now)),
    }),
  );
}
