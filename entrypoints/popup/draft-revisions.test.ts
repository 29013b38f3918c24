import { describe, expect, it } from 'vitest';
import { makeEntry, makeFact, makeStance } from '@/tests/helpers/popup-fixtures';
import { conflictLines, loadedRevs, rebaseDraft } from './draft-revisions';

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

describe('loadedRevs', () => {
  it('names each related record the editor started from at the revision it saw', () => {
    expect(loadedRevs({ facts: [fact], stances: [stance] })).toEqual({
      facts: [{ id: 'f', rev: 1 }],
      stances: [{ id: 's', rev: 3 }],
    });
  });
});

describe('conflictLines', () => {
  const names: Record<string, string> = { e: 'Poland', p: 'UN-led mission' };
  const nameOf = (id: string) => names[id] ?? id;
  const loaded = { entry, facts: [fact], stances: [stance] };

  it('says which related record moved when the entry itself did not', () => {
    const added = makeStance({ id: 'new', actorId: 'e', proposalId: 'p', position: 'opposes' });
    const stored = { entry, facts: [{ ...fact, rev: 2 }], stances: [stance, added] };
    expect(conflictLines(loaded, stored, nameOf)).toEqual([
      'A fact was changed elsewhere: “Met in London.”',
      'A stance was added elsewhere: Poland opposes UN-led mission',
    ]);
    expect(conflictLines(loaded, { entry, facts: [], stances: [stance] }, nameOf)).toEqual([
      'A fact was removed elsewhere: “Met in London.”',
    ]);
  });

  it('names the entry revision when the entry changed', () => {
    const stored = { ...loaded, entry: { ...entry, rev: 3 } };
    expect(conflictLines(loaded, stored, nameOf)).toEqual(['This entry was changed elsewhere (revision 3)']);
  });
});
