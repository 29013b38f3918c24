import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { matcherWireSchema } from './matcher-payload';

const wire = (entryIds: unknown) => ({
  layout: { nodes: 1, shallow: 1, roots: 0, emits: 0, keys: 0, byKey: 0, records: 0, entries: 0, units: 0 },
  bytes: '',
  deflated: false,
  entryIds,
  caseKeys: [],
  size: 0,
});

describe('matcherWireSchema', () => {
  it('takes entry ids joined by spaces, and none', () => {
    expect(v.is(matcherWireSchema, wire('emmanuel-macron un nato-2'))).toBe(true);
    expect(v.is(matcherWireSchema, wire(''))).toBe(true);
  });

  it('refuses ids as a list, or joined by anything else, which would name the wrong entries', () => {
    expect(v.is(matcherWireSchema, wire(['macron', 'un']))).toBe(false);
    expect(v.is(matcherWireSchema, wire('macron,un'))).toBe(false);
    expect(v.is(matcherWireSchema, wire('macron\nUN'))).toBe(false);
  });
});
