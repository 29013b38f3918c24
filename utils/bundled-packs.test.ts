import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validPack } from '@/tests/helpers/minimal-pack';
import { PEACE_2025_PACK, STARTER_PACK } from './bundled-packs';
import { planImport } from './import-plan';

const NOW = Date.UTC(2030, 0, 1);
const read = (path: string) => validPack(readFileSync(resolve(path), 'utf8'), NOW);

describe('the bundled 2025–2026 pack', () => {
  const pack = read('public/packs/ukraine-peace-2025-2026.json');
  const starter = read('public/starter-pack.json');

  it('is as large as issue 12 asks, and every fact and stance cites an address and is dated', () => {
    expect(pack.entries.length).toBeGreaterThanOrEqual(80);
    expect(pack.facts.length).toBeGreaterThanOrEqual(120);
    expect(pack.stances.length).toBeGreaterThanOrEqual(40);
    for (const record of [...pack.facts, ...pack.stances]) {
      expect(record.source.url, record.id).toMatch(/^https?:\/\//);
    }
    for (const fact of pack.facts) expect(fact.date, fact.id).toMatch(/^\d{4}(-\d{2}){0,2}$/);
  });

  it('merges over the starter pack without an invalid record, a broken one or a change to a starter record', () => {
    const plan = planImport(pack, starter, 'merge');
    expect(plan.invalid).toEqual([]);
    expect(plan.broken).toEqual([]);
    const starterIds = new Set(starter.entries.map((entry) => entry.id));
    expect(plan.updates.filter((update) => starterIds.has(update.record.id))).toEqual([]);
  });
});

describe('the bundled packs as the Packs view names them', () => {
  it('carry the titles their files have, so the offer and the installed pack read alike', () => {
    for (const bundled of [STARTER_PACK, PEACE_2025_PACK]) {
      expect(read(`public${bundled.path}`).title).toBe(bundled.title);
    }
  });
});
