import { describe, expect, it, vi } from 'vitest';
import { largePackText } from '@/tests/helpers/large-pack';
import { minimalPack } from '@/tests/helpers/minimal-pack';
import type { ImportSummary, Pack } from './pack';
import { CHUNK_CHARS, chunkPack } from './pack-chunks';
import { parsePack } from './pack-parse';
import { issueMessages } from './schema/issues';
import { STALE_MS, StagedImports } from './staged-import';

const NOW = Date.UTC(2030, 0, 1);
const SUMMARY: ImportSummary = { added: 1, updated: 0, unchanged: 0, removed: 0 };

/** Stages a pack's text chunk by chunk, as the popup sends it; returns the staging and the import's id. */
function stage(text: string, staged = new StagedImports()) {
  const split = chunkPack(text);
  if (!split.ok) throw new Error('not a pack');
  const { head, counts, chunks } = split.value;
  const id = staged.begin(head, counts, NOW);
  for (const { collection, from, text: part } of chunks) staged.add(id, collection, from, part, NOW);
  return { staged, id, chunks };
}

/** The error a promise rejects with, or null when it resolves. */
async function failureOf(promise: Promise<unknown>): Promise<string | null> {
  return promise.then(
    () => null,
    (error: Error) => error.message,
  );
}

describe('StagedImports', () => {
  it('commits, chunk after chunk, exactly the pack parsePack reads from the whole text', async () => {
    const text = largePackText(6000);
    const { staged, id, chunks } = stage(text);
    expect(chunks.length).toBeGreaterThan(2);
    expect(staged.status(id, NOW)).toEqual({ received: 6006, total: 6006, writing: false });
    const write = vi.fn(async (_pack: Pack) => SUMMARY);
    expect(await staged.commit(id, NOW, write)).toBe(SUMMARY);
    const whole = parsePack(text, NOW);
    expect(whole.ok && write.mock.calls[0]?.[0]).toEqual(whole.ok && whole.value);
  });

  it('refuses a pack with invalid records in any chunk, listing what parsePack lists, and writes nothing', async () => {
    const text = largePackText(6000, (pack) => {
      (pack.entries[5000] as { name: string }).name = '';
      (pack.facts[0] as { entryIds: string[] }).entryIds = ['macronn'];
      pack.entries.push({ ...(pack.entries[10] as object) });
    });
    const { staged, id } = stage(text);
    const write = vi.fn(async () => SUMMARY);
    const whole = parsePack(text, NOW);
    const lines = whole.ok ? [] : issueMessages(whole.issues);
    expect(lines).toContain('facts[0].entryIds[0]: no entry "macronn"');
    expect(lines.some((line) => line.startsWith('entries[5000].name'))).toBe(true);
    expect(await failureOf(staged.commit(id, NOW, write))).toBe(
      `The pack was not imported:\n${lines.join('\n')}`,
    );
    expect(write).not.toHaveBeenCalled();
  });

  it('reviews every staged record without closing the import, so a later commit writes exactly what was reviewed', async () => {
    const text = largePackText(3000);
    const { staged, id } = stage(text);
    const whole = parsePack(text, NOW);
    if (!whole.ok) throw new Error('not a pack');
    const { entries, facts, stances } = whole.value;
    expect(staged.review(id, NOW)).toEqual({
      title: whole.value.title,
      records: { entries, facts, stances },
      issues: [],
    });
    const write = vi.fn(async (_pack: Pack) => SUMMARY);
    expect(await staged.commit(id, NOW, write)).toBe(SUMMARY);
    expect(write.mock.calls[0]?.[0]).toEqual(whole.value);
  });

  it('reviews a pack with bad records as it was sent, with every problem, and still refuses to commit it', async () => {
    const text = largePackText(3000, (pack) => {
      (pack.entries[2900] as { kind: string }).kind = 'wizard';
      (pack.facts[0] as { entryIds: string[] }).entryIds = ['macronn'];
    });
    const { staged, id } = stage(text);
    const whole = parsePack(text, NOW);
    const review = staged.review(id, NOW);
    expect(issueMessages(review.issues)).toEqual(whole.ok ? [] : issueMessages(whole.issues));
    expect(review.records.entries[2900]).toEqual(JSON.parse(text).entries[2900]);
    const write = vi.fn(async () => SUMMARY);
    expect(await failureOf(staged.commit(id, NOW, write))).toMatch(/entries\[2900\]\.kind/);
    expect(write).not.toHaveBeenCalled();
  });

  it('refuses to review an import before every record arrived, or once it is gone, with a code for gone', () => {
    const staged = new StagedImports();
    const split = chunkPack(largePackText(10));
    if (!split.ok) throw new Error('not a pack');
    const id = staged.begin(split.value.head, split.value.counts, NOW);
    expect(() => staged.review(id, NOW)).toThrow(/did not all arrive/);
    const gone = (() => {
      try {
        staged.review(id, NOW + STALE_MS + 1);
      } catch (error) {
        return error;
      }
    })();
    expect(gone).toMatchObject({ code: 'not-found', message: expect.stringMatching(/no longer open/) });
  });

  it('refuses an envelope with an unknown field or with records in it, staging nothing', () => {
    const staged = new StagedImports();
    const counts = { entries: 0, facts: 0, stances: 0 };
    const head = { ...minimalPack(), entries: [], facts: [], stances: [] };
    expect(() => staged.begin({ ...head, extra: 1 }, counts, NOW)).toThrow('extra: is not a known field');
    expect(() => staged.begin(minimalPack(), counts, NOW)).toThrow('records must come in chunks');
    expect(staged.begin(head, counts, NOW)).toHaveLength(36);
  });

  it('refuses a commit before every announced record arrived', async () => {
    const staged = new StagedImports();
    const split = chunkPack(largePackText(10));
    if (!split.ok) throw new Error('not a pack');
    const id = staged.begin(split.value.head, split.value.counts, NOW);
    const write = vi.fn(async () => SUMMARY);
    expect(await failureOf(staged.commit(id, NOW, write))).toMatch(
      /entries, facts, stances did not all arrive/,
    );
    expect(write).not.toHaveBeenCalled();
  });

  it('forgets an abandoned import: replaced by a new one, or left waiting past STALE_MS', async () => {
    const first = stage(largePackText(10));
    const second = stage(largePackText(10), first.staged);
    expect(() => first.staged.status(first.id, NOW)).toThrow(/no longer open.*nothing was imported/);
    expect(first.staged.status(second.id, NOW + STALE_MS).writing).toBe(false);
    expect(() => first.staged.status(second.id, NOW + 2 * STALE_MS + 1)).toThrow(/no longer open/);
    expect(
      await failureOf(first.staged.commit(second.id, NOW + 2 * STALE_MS + 1, async () => SUMMARY)),
    ).toMatch(/no longer open/);
  });

  it('says it is writing while the commit writes, and forgets the import once it failed', async () => {
    const { staged, id } = stage(largePackText(10));
    let release: (summary: ImportSummary) => void = () => {};
    const writing = staged.commit(id, NOW, () => new Promise((resolve) => (release = resolve)));
    expect(staged.status(id, NOW)).toEqual({ received: 16, total: 16, writing: true });
    release(SUMMARY);
    expect(await writing).toBe(SUMMARY);
    const again = stage(largePackText(10));
    const failed = again.staged.commit(again.id, NOW, async () => Promise.reject(new Error('disk full')));
    expect(await failureOf(failed)).toBe('disk full');
    expect(() => again.staged.status(again.id, NOW)).toThrow(/no longer open/);
  });

  describe('refuses a hostile chunk and ends the import, so nothing more can be added to it', () => {
    const counts = { entries: 20, facts: 0, stances: 0 };
    const head = { ...minimalPack(), entries: [], facts: [], stances: [] };
    const cases: [string, number, string, RegExp][] = [
      ['oversized', 0, `["${'x'.repeat(CHUNK_CHARS)}"]`, /a chunk is over 1048576 characters/],
      ['out of order', 3, '[{}]', /entries chunk at 3 came out of order/],
      ['more than announced', 0, JSON.stringify(Array(21).fill({})), /more entries than announced/],
      ['not JSON', 0, '[{', /a entries chunk is not JSON/],
      ['not a list', 0, '{"id":"x"}', /not a list of records/],
      ['an empty list', 0, '[]', /not a list of records/],
    ];
    it.each(cases)('%s', (_name, from, text, reason) => {
      const staged = new StagedImports();
      const id = staged.begin(head, counts, NOW);
      expect(() => staged.add(id, 'entries', from, text, NOW)).toThrow(reason);
      expect(() => staged.add(id, 'entries', 0, '[{}]', NOW)).toThrow(/no longer open/);
    });

    it('a chunk past the 10 MB a whole pack may hold', () => {
      const staged = new StagedImports();
      const id = staged.begin(head, counts, NOW);
      const big = `["${'x'.repeat(CHUNK_CHARS - 4)}"]`;
      for (let i = 0; i < 10; i += 1) staged.add(id, 'entries', i, big, NOW);
      expect(() => staged.add(id, 'entries', 10, big, NOW)).toThrow(/over its size limit/);
    });
  });
});
