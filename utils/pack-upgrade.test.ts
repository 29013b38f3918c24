import { describe, expect, it } from 'vitest';
import { minimalPack } from '@/tests/helpers/minimal-pack';
import { compileMatcher } from './matcher';
import { PACK_VERSION } from './pack';
import { parsePack } from './pack-parse';
import { upgradePackJson } from './pack-upgrade';
import { aliasRecordsOf } from './store/alias-records';

const NOW = 1_750_000_000_000;

/** The minimal pack as version 1 wrote it, with France's aliases replaced. */
function v1Pack(texts: string[]) {
  const pack = { ...minimalPack(), version: 1 };
  pack.entries.find((entry) => entry.id === 'france')!.aliases = texts.map((text) => ({
    text,
    caseSensitive: false,
    needsContext: false,
  }));
  return pack;
}

describe('upgradePackJson', () => {
  it('escapes the pattern characters of version 1 alias texts, and nothing else', () => {
    const upgraded = upgradePackJson(v1Pack(['France', 'Plan [B] {draft}', 'AC|DC', 'C:\\dir']));
    const { version, entries } = upgraded as {
      version: number;
      entries: { id: string; aliases: unknown[] }[];
    };
    expect(version).toBe(PACK_VERSION);
    expect(entries.find((entry) => entry.id === 'france')?.aliases).toEqual([
      { text: 'France', caseSensitive: false, needsContext: false },
      { text: 'Plan \\[B\\] \\{draft\\}', caseSensitive: false, needsContext: false },
      { text: 'AC\\|DC', caseSensitive: false, needsContext: false },
      { text: 'C:\\\\dir', caseSensitive: false, needsContext: false },
    ]);
    expect(entries.find((entry) => entry.id === 'macron')).toEqual(minimalPack().entries[0]);
  });

  it('leaves a pack of the current version as it is, pattern syntax included', () => {
    const pack = { ...minimalPack(), entries: [{ aliases: [{ text: '{a|b} c' }] }] };
    expect(upgradePackJson(pack)).toBe(pack);
  });

  it('leaves malformed entries and aliases for the schema to report', () => {
    const upgraded = upgradePackJson({
      version: 1,
      entries: [7, { aliases: 'x' }, { aliases: [null, { text: 3 }] }],
    });
    expect(upgraded.entries).toEqual([7, { aliases: 'x' }, { aliases: [null, { text: 3 }] }]);
    expect(upgradePackJson({ version: 1, entries: 'junk' }).entries).toBe('junk');
  });

  it('makes a version 1 pack match what it matched before: its brackets as written', () => {
    const result = parsePack(JSON.stringify(v1Pack(['Plan [B]', 'France'])), NOW);
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    const matcher = compileMatcher(aliasRecordsOf(result.value.entries));
    const found = (text: string) => matcher.find(text).map((hit) => text.slice(hit.start, hit.end));
    expect(found('Plan [B] for France')).toEqual(['Plan [B]', 'France']);
    expect(found('Plan B, Plan')).toEqual([]);
  });
});
