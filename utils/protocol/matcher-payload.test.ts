import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { matcherWireSchema } from './matcher-payload';

const LAYOUT = {
  nodes: 1,
  shallow: 1,
  roots: 0,
  emits: 0,
  keys: 0,
  byKey: 0,
  records: 0,
  entries: 0,
  units: 0,
};

const wire = (fields: Record<string, unknown> = {}) => ({
  layout: { ...LAYOUT, spellings: 0, idBytes: 0 },
  bytes: '',
  deflated: false,
  caseKeys: '',
  size: 0,
  ...fields,
});

describe('matcherWireSchema', () => {
  it('takes a wire whose spellings are one string beside the bytes', () => {
    expect(v.is(matcherWireSchema, wire())).toBe(true);
    expect(v.is(matcherWireSchema, wire({ caseKeys: 'UNU.N.NATO' }))).toBe(true);
  });

  it('refuses spellings as pairs, a layout without the counts that place the ids, and fields of its own', () => {
    expect(v.is(matcherWireSchema, wire({ caseKeys: [[2, 'UN']] }))).toBe(false);
    expect(v.is(matcherWireSchema, wire({ layout: LAYOUT }))).toBe(false);
    expect(v.is(matcherWireSchema, wire({ entryIds: 'macron un' }))).toBe(false);
  });
});
