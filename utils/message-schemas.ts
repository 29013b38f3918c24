import * as v from 'valibot';
import type { CallName } from './messages';
import { entrySchema } from './schema/entry';
import { factSchema } from './schema/fact';
import { stanceSchema } from './schema/stance';

const id = v.pipe(v.string(), v.maxLength(80));
const empty = v.strictObject({});
const many = <T extends v.GenericSchema>(item: T) => v.pipe(v.array(item), v.maxLength(10_000));
const entry = entrySchema(0);
const draft = v.strictObject({ entry, facts: many(factSchema(0)), stances: many(stanceSchema(0)) });
const removed = v.strictObject({
  entry,
  stances: many(stanceSchema(0)),
  facts: many(factSchema(0)),
  detachedFacts: many(factSchema(0)),
  detachedEntries: many(entry),
});
const revision = v.pipe(v.number(), v.integer(), v.minValue(0));

/** Which contexts may send a request: page content scripts, the extension's own pages, or both. */
export type Origin = 'page' | 'extension' | 'any';

/** The expected payload shape and allowed origin of every request: the background refuses anything else. */
export const REQUEST_RULES: { [M in CallName]: { payload: v.GenericSchema; from: Origin } } = {
  'kb.aliases': { payload: empty, from: 'any' },
  'kb.cards': { payload: v.strictObject({ ids: v.pipe(v.array(id), v.maxLength(10_000)) }), from: 'any' },
  'kb.entries': { payload: empty, from: 'extension' },
  'kb.draft': { payload: v.strictObject({ id }), from: 'extension' },
  'kb.saveDraft': {
    payload: v.strictObject({ draft, expectedRev: v.nullable(revision) }),
    from: 'extension',
  },
  'kb.deleteEntry': { payload: v.strictObject({ id, expectedRev: revision }), from: 'extension' },
  'kb.undoDelete': { payload: v.strictObject({ removed }), from: 'extension' },
  'kb.previewImport': { payload: v.strictObject({ text: v.string() }), from: 'extension' },
  'kb.export': {
    payload: v.strictObject({ ids: v.nullable(v.pipe(v.array(id), v.maxLength(100_000))) }),
    from: 'extension',
  },
  'kb.import': {
    payload: v.strictObject({ text: v.string(), mode: v.picklist(['merge', 'replace']) }),
    from: 'extension',
  },
  'kb.restoreStarter': { payload: empty, from: 'extension' },
  'page.report': {
    payload: v.strictObject({
      mentions: v.pipe(
        v.array(
          v.strictObject({
            id,
            count: v.pipe(v.number(), v.integer(), v.minValue(1)),
            first: v.pipe(v.number(), v.integer(), v.minValue(0)),
          }),
        ),
        v.maxLength(100_000),
      ),
    }),
    from: 'page',
  },
  'ui.openEditor': { payload: v.strictObject({ entryId: id }), from: 'page' },
  'page.mentions': {
    payload: v.strictObject({ tabId: v.pipe(v.number(), v.integer(), v.minValue(0)) }),
    from: 'extension',
  },
};
