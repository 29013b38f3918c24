import { afterEach, describe, expect, it, vi } from 'vitest';
import { alias, freshKb, makeEntry, seed } from '@/tests/helpers/kb-records';
import { matcherFrom } from '@/utils/matcher/compile-matcher';
import { fromWire } from '@/utils/matcher/wire-unpack';
import type { Kb } from '@/utils/store/kb';
import { PageMatchers } from './page-matcher';

const open: Kb[] = [];
afterEach(() => {
  for (const kb of open.splice(0)) kb.close();
});

async function setup() {
  const kb = await freshKb();
  open.push(kb);
  await seed(kb, { entries: [makeEntry('macron', { aliases: [alias('Macron')] })] });
  const aliasReads = vi.spyOn(kb, 'aliasRecords');
  return { kb, matchers: new PageMatchers(async () => kb), aliasReads };
}

/** What a page holds of the current matcher: its epoch and the entry numbers of its hits in `text`. */
async function numbered(matchers: PageMatchers, text: string) {
  const { matcher, numbering } = await matchers.current();
  const entries = matcherFrom(await fromWire(matcher))
    .find(text)
    .map((hit) => hit.entry);
  return { epoch: numbering.epoch, entries };
}

/** The ids of the entries a page finds in `text`, read back by the background. */
async function found(matchers: PageMatchers, text: string) {
  const { epoch, entries } = await numbered(matchers, text);
  return matchers.entryIds(epoch, entries);
}

describe('PageMatchers', () => {
  it('compiles once per knowledge-base version, however many pages ask', async () => {
    const { kb, matchers, aliasReads } = await setup();
    const answers = await Promise.all([matchers.current(), matchers.current(), matchers.current()]);
    expect(new Set(answers).size).toBe(1);
    expect(answers[0]!.version).toBe(await kb.version());
    expect(aliasReads).toHaveBeenCalledTimes(1);
    expect(await found(matchers, 'Macron and Merz')).toEqual(['macron']);
  });

  it('compiles again after a write, so pages find what was added', async () => {
    const { kb, matchers, aliasReads } = await setup();
    const before = await matchers.current();
    await seed(kb, { entries: [makeEntry('merz', { aliases: [alias('Merz')] })] });
    const after = await matchers.current();
    expect(after.version).toBeGreaterThan(before.version);
    expect(aliasReads).toHaveBeenCalledTimes(2);
    expect(await found(matchers, 'Macron and Merz')).toEqual(['macron', 'merz']);
  });

  it('forgets a build that failed, so the next request tries again', async () => {
    const { matchers, aliasReads } = await setup();
    aliasReads.mockRejectedValueOnce(new Error('disk gone'));
    await expect(matchers.current()).rejects.toThrow('disk gone');
    expect(await found(matchers, 'Macron')).toEqual(['macron']);
    expect(aliasReads).toHaveBeenCalledTimes(2);
  });

  it('compiles when the kept matcher cannot be read', async () => {
    const { kb, matchers, aliasReads } = await setup();
    vi.spyOn(kb.kept, 'matcher').mockRejectedValueOnce(new Error('disk gone'));
    expect(await found(matchers, 'Macron')).toEqual(['macron']);
    expect(aliasReads).toHaveBeenCalledTimes(1);
  });

  it('keeps what it compiled, so a restarted background reads it instead of every alias, until the next write', async () => {
    const { kb, matchers, aliasReads } = await setup();
    const compiled = await matchers.current();
    await vi.waitFor(async () => expect(await kb.kept.matcher(compiled.version)).not.toBeNull());
    const restarted = new PageMatchers(async () => kb);
    expect(await restarted.current()).toEqual(compiled);
    expect(await found(restarted, 'Macron')).toEqual(['macron']);
    expect(aliasReads).toHaveBeenCalledTimes(1);
    await seed(kb, { entries: [makeEntry('merz', { aliases: [alias('Merz')] })] });
    const again = new PageMatchers(async () => kb);
    expect(await found(again, 'Macron and Merz')).toEqual(['macron', 'merz']);
    expect(aliasReads).toHaveBeenCalledTimes(2);
  });

  it("hands pages a large base's matcher, raw while under the size deflated from, that finds names deep in its trie", async () => {
    const kb = await freshKb();
    open.push(kb);
    const word = (n: number) =>
      Array.from({ length: 7 }, (_, i) => String.fromCharCode(97 + ((n >> (i * 2)) % 26))).join('');
    const entries = Array.from({ length: 2_500 }, (_, n) =>
      makeEntry(`e${n}`, { aliases: [alias(`${word(n)} ${word(n * 7 + 3)}`)] }),
    );
    await seed(kb, { entries: [...entries, makeEntry('macron', { aliases: [alias('Macron')] })] });
    const large = new PageMatchers(async () => kb);
    const { layout, deflated } = (await large.current()).matcher;
    expect(layout.nodes).toBeGreaterThan(4_096);
    expect(deflated).toBe(false);
    expect(await found(large, `Macron met ${word(5)} ${word(38)}`)).toEqual(['macron', 'e5']);
  });

  it('keeps the numbers pages hold across writes and restarts: an entry added gets a new one, one removed keeps its own', async () => {
    const { kb, matchers } = await setup();
    const before = await numbered(matchers, 'Macron');
    const more = ['merz', 'aaron'].map((id) =>
      makeEntry(id, { aliases: [alias(id[0]!.toUpperCase() + id.slice(1))] }),
    );
    await seed(kb, { entries: more });
    const after = await numbered(matchers, 'Aaron, Macron and Merz');
    expect(after.epoch).toBe(before.epoch);
    expect(after.entries[1]).toBe(before.entries[0]);
    expect(new Set(after.entries).size).toBe(3);
    const macron = (await kb.entries()).find((entry) => entry.id === 'macron')!;
    await kb.deleteEntry('macron', macron.rev);
    expect(await found(matchers, 'Aaron, Macron and Merz')).toEqual(['aaron', 'merz']);
    expect(await matchers.entryIds(before.epoch, before.entries)).toEqual(['macron']);
    const restarted = new PageMatchers(async () => kb);
    expect(await restarted.entryIds(after.epoch, after.entries)).toEqual(['aaron', 'macron', 'merz']);
  });

  it('refuses numbers of another epoch, and numbers it never gave', async () => {
    const { matchers } = await setup();
    const page = await numbered(matchers, 'Macron');
    await expect(matchers.entryIds('another', page.entries)).rejects.toThrow(/did not number/);
    await expect(matchers.entryIds(page.epoch, [1])).rejects.toThrow(/No entry is numbered 1/);
    expect(await matchers.entryIds('another', [])).toEqual([]);
  });

  it('hands out numbers it could not keep under an epoch of its own, which a restarted background refuses', async () => {
    const { kb, matchers } = await setup();
    const kept = await numbered(matchers, 'Macron');
    const keeping = vi.spyOn(kb.kept, 'keepMatcher').mockRejectedValue(new Error('disk full'));
    await seed(kb, { entries: [makeEntry('merz', { aliases: [alias('Merz')] })] });
    const unkept = await numbered(matchers, 'Macron and Merz');
    expect(keeping).toHaveBeenCalled();
    expect(unkept.epoch).not.toBe(kept.epoch);
    expect(await matchers.entryIds(unkept.epoch, unkept.entries)).toEqual(['macron', 'merz']);
    keeping.mockRestore();
    const restarted = new PageMatchers(async () => kb);
    await expect(restarted.entryIds(unkept.epoch, unkept.entries)).rejects.toThrow(/did not number/);
    expect(await restarted.entryIds(kept.epoch, kept.entries)).toEqual(['macron']);
  });
});
