import { afterEach, describe, expect, it } from 'vitest';
import { freshKb } from '../../tests/helpers/kb-records';
import { minimalPack } from '../../tests/helpers/minimal-pack';
import type { Alias } from '../model';
import { parsePack } from '../pack-parse';
import type { Kb } from '../store/kb';
import { exportPack, importPack } from '../store/pack-io';

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
    const parsed = parsePack(text, NOW);
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
    const aliases = parsed.value.entries.find((entry) => entry.id === 'france')!.aliases;
    expect(aliases).toEqual([plain, shield, notShield]);
    expect(Object.hasOwn(aliases[0]!, 'exclude')).toBe(false);
    expect(JSON.stringify(parsed.value)).toBe(text);
  });

  it('round-trips through the store: export, import, export gives the same pack', async () => {
    const parsed = parsePack(packText([plain, shield, notShield]), NOW);
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
    const first = await freshKb();
    const second = await freshKb();
    open.push(first, second);
    await importPack(first, parsed.value, 'replace');
    const exported = await exportPack(first, null, EXPORTED);
    expect(exported.entries.find((entry) => entry.id === 'france')!.aliases).toEqual([
      plain,
      shield,
      notShield,
    ]);
    const reparsed = parsePack(JSON.stringify(exported), NOW);
    if (!reparsed.ok) throw new Error(reparsed.errors.join('\n'));
    await importPack(second, reparsed.value, 'replace');
    expect(JSON.stringify(await exportPack(second, null, EXPORTED))).toBe(JSON.stringify(exported));
  });

  it('counts an exclusion spelled like another alias of the entry as listed twice', () => {
    const parsed = parsePack(packText([plain, { ...shield, text: 'france' }]), NOW);
    expect(parsed).toEqual({ ok: false, errors: [expect.stringMatching(/^entries\[1\]\.aliases\[1\]/)] });
  });
});
