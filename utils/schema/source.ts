import * as v from 'valibot';
import type { Link, Source } from '@/utils/model';
import { exactly } from './exact';
import { recordSchema, requiredTextSchema, SHORT_TEXT, textSchema, urlSchema } from './fields';

/** A labelled http(s) link on an entry. */
export const linkSchema = exactly<Link>()(
  recordSchema({
    url: urlSchema,
    title: textSchema(SHORT_TEXT),
  }),
);

/** Where a fact or a stance comes from: the outlet is required, the address and the headline may be unknown. */
export const sourceSchema = exactly<Source>()(
  recordSchema({
    outlet: requiredTextSchema(SHORT_TEXT),
    url: v.nullable(urlSchema),
    title: v.nullable(textSchema(SHORT_TEXT)),
  }),
);
