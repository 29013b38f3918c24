import * as v from 'valibot';
import { type Alias, type Entry, KINDS } from '@/utils/model';
import { foldCaseKey, foldKey } from '@/utils/normalize';
import { exactly } from './exact';
import {
  idSchema,
  LONG_TEXT,
  listSchema,
  recordSchema,
  requiredTextSchema,
  SHORT_TEXT,
  stampEntries,
  textSchema,
} from './fields';
import { linkSchema } from './source';
import { uniqueItems } from './unique';

/**
 * One way an entry is written; its options steer the mention engine. `exclude` is optional and stays absent when
 * absent, so packs written before it existed still parse and round-trip unchanged.
 */
export const aliasSchema = exactly<Alias>()(
  recordSchema({
    text: requiredTextSchema(SHORT_TEXT),
    caseSensitive: v.boolean('must be true or false'),
    needsContext: v.boolean('must be true or false'),
    exclude: v.optional(v.boolean('must be true or false')),
  }),
);

/** How two aliases of one entry count as the same: case-sensitive ones by their case-kept form ("NATO" and "Nato" differ). */
function aliasIdentity(alias: Alias): string {
  return alias.caseSensitive ? `=${foldCaseKey(alias.text)}` : foldKey(alias.text);
}

/** An actor or a proposal, with no alias listed twice. */
export function entrySchema(now: number) {
  return exactly<Entry>()(
    recordSchema({
      id: idSchema,
      kind: v.picklist(KINDS, `must be one of ${KINDS.join(', ')}`),
      name: requiredTextSchema(SHORT_TEXT),
      aliases: v.pipe(listSchema(aliasSchema), uniqueItems('aliases', aliasIdentity, 'text')),
      role: textSchema(SHORT_TEXT),
      affiliation: v.nullable(idSchema),
      summary: textSchema(LONG_TEXT),
      caveat: textSchema(LONG_TEXT),
      links: listSchema(linkSchema),
      tags: listSchema(requiredTextSchema(SHORT_TEXT)),
      ...stampEntries(now),
    }),
  );
}
