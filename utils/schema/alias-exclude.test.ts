import { afterEach, describe, expect, it } from 'vitest';
import { freshKb } from '@/tests/helpers/kb-records';
import { minimalPack, problemsOf, validPack } from '@/tests/helpers/minimal-pack';
import type { Alias } from '@/utils/model';
import type { Kb } from '@/utils/store/kb';
import { exportPack, importPack } from '@/utils/store/pack-io';

const NOW = Date.UTC(2030, 0, 1);
const EXPORTED = new Date('2025-04-01T12:00:00.000Z');

/** The minimal pack with France's aliases replaced, as the JSON text an import reads. */
function packText(aliases: Alias[]): string {
  const pack = minimalPack();
  pack.entries.find((entry) => entry.id === 'france')!.aliases = aliases;
  return JSON.stringify(pack);
}

const plain: Alias = { text: 'France', caseSensitive: false, needsContext: false };
const shield: Alias = { text: 'Air France', caseSensitive: false, needsContext: false, exclude: true };
const notShield: Alias = {
  text: 'French Republic',
  caseSensitive: false,
  needsContext: false,
  exclude: false,
};

describe('alias exclude option in packs', () => {
  const open: Kb[] = [];
  afterEach(() => {
    for (const kb of open.splice(0)) kb.close();
  });

  it('is optional: absent stays absent, true and false are kept as written', () => {
    const text = packText([plain, shield, notShield]);
    const parsed = validPack(text, NOW);
    const aliases = parsed.entries.find((entry) => entry.id === 'france')!.aliases;
    expect(aliases).toEqual([plain, shield, notShield]);
    expect(Object.hasOwn(aliases[0]!, 'exclude')).toBe(false);
    expect(JSON.stringify(parsed)).toBe(text);
  });

  it('round-trips through the store: export, import, export gives the same pack', async () => {
    const parsed = validPack(packText([plain, shield, notShield]), NOW);
    const first = await freshKb();
    const second = await freshKb();
    open.push(first, second);
    await importPack(first, parsed, 'replace');
    const exported = await exportPack(first, null, EXPORTED);
    expect(exported.entries.find((entry) => entry.id === 'france')!.aliases).toEqual([
      plain,
      shield,
      notShield,
    ]);
    await importPack(second, validPack(JSON.stringify(exported), NOW), 'replace');
    expect(JSON.stringify(await exportPack(second, null, EXPORTED))).toBe(JSON.stringify(exported));
  });

  it('counts an exclusion spelled like another alias of the entry as listed twice', () => {
    const problems = problemsOf(packText([plain, { ...shield, text: 'france' }]), NOW);
    expect(problems).toEqual([expect.stringMatching(/^entries\[1\]\.aliases\[1\]/)]);
  });
});
