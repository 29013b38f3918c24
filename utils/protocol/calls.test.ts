import { describe, expect, it } from 'vitest';
import { CALLS } from './calls';
import { DOSSIER_CALLS } from './calls/dossier-calls';
import { IMPORT_CALLS } from './calls/import-calls';
import { KB_CALLS } from './calls/kb-calls';
import { PACK_CALLS } from './calls/pack-calls';
import { PAGE_CALLS } from './calls/page-calls';
import { SEEN_CALLS } from './calls/seen-calls';
import { SUBSCRIPTION_CALLS } from './calls/subscription-calls';

const AREAS = [KB_CALLS, IMPORT_CALLS, DOSSIER_CALLS, SEEN_CALLS, PACK_CALLS, SUBSCRIPTION_CALLS, PAGE_CALLS];

describe('CALLS', () => {
  it("holds every area's requests, each name in one area only, so no spread hides another's rule", () => {
    const names = AREAS.flatMap((area) => Object.keys(area));
    expect(new Set(names).size).toBe(names.length);
    expect(Object.keys(CALLS).sort()).toEqual(names.sort());
    for (const area of AREAS)
      for (const [name, rule] of Object.entries(area)) expect(CALLS[name as keyof typeof CALLS]).toBe(rule);
  });
});
