import * as v from 'valibot';
import { type Alias, type Entry, KINDS } from '../model';
import { foldKey } from '../normalize';
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

/** One way an entry is written; its options steer the mention engine. */
export const aliasSchema = exactly<Alias>()(
  recordSchema({
    text: requiredTextSchema(SHORT_TEXT),
    caseSensitive: v.boolean('must be true or false'),
    needsContext: v.boolean('must be true or false'),
  }),
);

/** An actor or a proposal; aliases are unique by folded text because the store indexes them that way. */
export function entrySchema(now: number) {
  return exactly<Entry>()(
    recordSchema({
      id: idSchema,
      kind: v.picklist(KINDS, `must be one of ${KINDS.join(', ')}`),
      name: requiredTextSchema(SHORT_TEXT),
      aliases: v.pipe(
        listSchema(aliasSchema),
        uniqueItems('aliases', (alias: Alias) => foldKey(alias.text), 'text'),
      ),
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
