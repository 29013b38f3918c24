import * as v from 'valibot';
import { type Alias, type Entry, KINDS, TOPICS } from '@/utils/model';
import { foldCaseKey, foldKey } from '@/utils/normalize';
import { aliasTextChecks, strongAliasCheck, visibleTextChecks } from './alias-rules';
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
import { strongNameCheck } from './name-rules';
import { patternBudgetCheck, patternPhrasesCheck, patternTextCheck } from './pattern-rules';
import { linkSchema } from './source';
import { uniqueItems } from './unique';

/**
 * One way an entry is written; its options steer the mention engine. `exclude` is optional and stays absent when
 * absent, so packs written before it existed still parse and round-trip unchanged. Text that reads as another,
 * shows nothing, or would be highlighted on almost every page is refused (./alias-rules), and so is a pattern that
 * is malformed, expands too far or has such a phrase (./pattern-rules).
 */
export const aliasSchema = exactly<Alias>()(
  v.pipe(
    recordSchema({
      text: v.pipe(requiredTextSchema(SHORT_TEXT), ...aliasTextChecks(), patternTextCheck()),
      caseSensitive: v.boolean('must be true or false'),
      needsContext: v.boolean('must be true or false'),
      exclude: v.optional(v.boolean('must be true or false')),
    }),
    strongAliasCheck(),
    patternPhrasesCheck(),
  ),
);

/** How two aliases of one entry count as the same: case-sensitive ones by their case-kept form ("NATO" and "Nato" differ). */
function aliasIdentity(alias: Alias): string {
  return alias.caseSensitive ? `=${foldCaseKey(alias.text)}` : foldKey(alias.text);
}

/**
 * An actor or a proposal, with no alias listed twice, its patterns within their joint bound, and a name that is not
 * a common word or a lone letter the matcher would find everywhere.
 */
export function entrySchema(now: number) {
  return exactly<Entry>()(
    v.pipe(
      recordSchema({
        id: idSchema,
        kind: v.picklist(KINDS, `must be one of ${KINDS.join(', ')}`),
        name: v.pipe(requiredTextSchema(SHORT_TEXT), ...visibleTextChecks()),
        aliases: v.pipe(
          listSchema(aliasSchema),
          uniqueItems('aliases', aliasIdentity, 'text'),
          patternBudgetCheck(),
        ),
        role: textSchema(SHORT_TEXT),
        affiliation: v.nullable(idSchema),
        summary: textSchema(LONG_TEXT),
        caveat: textSchema(LONG_TEXT),
        links: listSchema(linkSchema),
        tags: listSchema(requiredTextSchema(SHORT_TEXT)),
        topic: v.optional(v.picklist(TOPICS, `must be one of ${TOPICS.join(', ')}`)),
        ...stampEntries(now),
      }),
      strongNameCheck<Entry>(),
    ),
  );
}
