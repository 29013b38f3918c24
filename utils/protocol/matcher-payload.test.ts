import { runInNewContext } from 'node:vm';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { EMPTY_WIRE } from '@/tests/helpers/empty-wire';
import { matcherWireSchema } from './matcher-payload';

const wire = (fields: Record<string, unknown> = {}) => ({ ...EMPTY_WIRE, ...fields });

describe('matcherWireSchema', () => {
  it('takes a wire whose spellings are one string beside the bytes', () => {
    expect(v.is(matcherWireSchema, wire())).toBe(true);
    expect(v.is(matcherWireSchema, wire({ caseKeys: 'UNU.N.NATO' }))).toBe(true);
  });

  it("refuses spellings as pairs, a layout without its spellings or its indexes' forms or with an older wire's ids, links or record list, and fields of its own", () => {
    expect(v.is(matcherWireSchema, wire({ caseKeys: [[2, 'UN']] }))).toBe(false);
    const { spellings, ...older } = EMPTY_WIRE.layout;
    expect(v.is(matcherWireSchema, wire({ layout: older }))).toBe(false);
    const { firstShift, ...counted } = EMPTY_WIRE.layout;
    expect(v.is(matcherWireSchema, wire({ layout: counted }))).toBe(false);
    expect(v.is(matcherWireSchema, wire({ layout: { ...EMPTY_WIRE.layout, idBytes: 0 } }))).toBe(false);
    expect(v.is(matcherWireSchema, wire({ layout: { ...EMPTY_WIRE.layout, links: true } }))).toBe(false);
    expect(v.is(matcherWireSchema, wire({ layout: { ...EMPTY_WIRE.layout, byKey: 0 } }))).toBe(false);
    expect(v.is(matcherWireSchema, wire({ entryIds: 'macron un' }))).toBe(false);
  });

  it('takes the bytes as a byte array, one made in another realm too, and refuses them as text or numbers', () => {
    expect(v.is(matcherWireSchema, wire({ bytes: Uint8Array.of(1, 2) }))).toBe(true);
    expect(v.is(matcherWireSchema, wire({ bytes: runInNewContext('Uint8Array.of(1, 2)') }))).toBe(true);
    expect(v.is(matcherWireSchema, wire({ bytes: 'AQI=' }))).toBe(false);
    expect(v.is(matcherWireSchema, wire({ bytes: [1, 2] }))).toBe(false);
    expect(v.is(matcherWireSchema, wire({ bytes: Uint16Array.of(1, 2) }))).toBe(false);
  });
});
