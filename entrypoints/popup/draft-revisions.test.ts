import { describe, expect, it } from 'vitest';
import { makeEntry, makeFact, makeStance } from '@/tests/helpers/popup-fixtures';
import { rebaseDraft } from './draft-revisions';

const entry = makeEntry({ id: 'e', name: 'E', rev: 2 });
const fact = makeFact({ id: 'f', entryIds: ['e'], rev: 1 });
const stance = makeStance({ id: 's', actorId: 'e', proposalId: 'p', rev: 3 });

describe('rebaseDraft', () => {
  it("takes the stored revisions of the same records and keeps the reader's content", () => {
    const mine = {
      entry: { ...entry, role: 'mine' },
      facts: [fact, makeFact({ id: 'new', entryIds: ['e'], rev: 0 })],
      stances: [stance],
    };
    const stored = {
      entry: { ...entry, role: 'theirs', rev: 5 },
      facts: [{ ...fact, rev: 4 }],
      stances: [{ ...stance, rev: 7 }],
    };
    const rebased = rebaseDraft(mine, stored);
    expect(rebased.entry).toMatchObject({ role: 'mine', rev: 5 });
    expect(rebased.facts.map((each) => [each.id, each.rev])).toEqual([
      ['f', 4],
      ['new', 0],
    ]);
    expect(rebased.stances[0]?.rev).toBe(7);
  });
});
