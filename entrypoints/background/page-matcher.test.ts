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

const found = async (matchers: PageMatchers, text: string) =>
  matcherFrom(await fromWire((await matchers.current()).matcher))
    .find(text)
    .map((hit) => hit.entryId);

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

  it("hands pages a large base's matcher, deflated, that finds names deep in its trie", async () => {
    const kb = await freshKb();
    open.push(kb);
    const word = (n: number) =>
      Array.from({ length: 7 }, (_, i) => String.fromCharCode(97 + ((n >> (i * 2)) % 26))).join('');
    const entries = Array.from({ length: 1_500 }, (_, n) =>
      makeEntry(`e${n}`, { aliases: [alias(`${word(n)} ${word(n * 7 + 3)}`)] }),
    );
    await seed(kb, { entries: [...entries, makeEntry('macron', { aliases: [alias('Macron')] })] });
    const large = new PageMatchers(async () => kb);
    const { layout, deflated } = (await large.current()).matcher;
    expect(layout.nodes).toBeGreaterThan(4_096);
    expect(deflated).toBe(true);
    expect(await found(large, `Macron met ${word(5)} ${word(38)}`)).toEqual(['macron', 'e5']);
  });
});
