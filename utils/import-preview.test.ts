import { describe, expect, it } from 'vitest';
import { minimalPack, STAMP } from '@/tests/helpers/minimal-pack';
import { previewText } from '@/tests/helpers/preview-text';
import { issueLine, issueMessages } from './schema/issues';
import { UNDO_MAX_CHARS } from './undo-point';

const empty = { entries: [], facts: [], stances: [] };

function statuses(preview: ReturnType<typeof previewText>) {
  if (!preview.ok) throw new Error(issueMessages(preview.issues).join());
  return Object.fromEntries(preview.value.items.map((item) => [`${item.type}:${item.id}`, item.status]));
}

describe('previewText', () => {
  it('lists every record as new against an empty knowledge base', () => {
    const result = statuses(previewText(JSON.stringify(minimalPack()), empty, 0));
    expect(Object.values(result).every((status) => status === 'new')).toBe(true);
    expect(result['entry:macron']).toBe('new');
  });

  it('tells unchanged, updated and conflicting records apart', () => {
    const pack = minimalPack();
    const [macron, france, unMission] = pack.entries;
    const stored = {
      entries: [
        macron!,
        { ...france!, summary: 'older', updatedAt: STAMP - 1 },
        { ...unMission!, summary: 'edited here later', updatedAt: STAMP + 1 },
      ],
      facts: [],
      stances: [],
    };
    const result = statuses(previewText(JSON.stringify(pack), stored, 0));
    expect(result['entry:macron']).toBe('unchanged');
    expect(result['entry:france']).toBe('updated');
    expect(result['entry:un-mission']).toBe('conflicting');
    expect(result['entry:nato']).toBe('new');
  });

  it('says what an update changes in the stored record', () => {
    const pack = minimalPack();
    const france = pack.entries[1]!;
    const stored = {
      entries: [{ ...france, summary: 'older', updatedAt: STAMP - 1 }],
      facts: [],
      stances: [],
    };
    const preview = previewText(JSON.stringify(pack), stored, 0);
    if (!preview.ok) throw new Error('expected a preview');
    const updated = preview.value.items.find((item) => item.id === 'france');
    expect(updated?.changes).toEqual([{ field: 'Summary', before: 'older', after: france.summary || '—' }]);
    expect(preview.value.items.find((item) => item.id === 'nato')?.changes).toBeUndefined();
  });

  it('marks the stored record a merge would break apart from invalid ones, with the reason', () => {
    const pack = minimalPack() as unknown as { entries: Record<string, unknown>[] };
    pack.entries[1]!.kind = 'wizard';
    const preview = previewText(JSON.stringify(pack), empty, 0);
    if (!preview.ok) throw new Error('expected a preview');
    const invalid = preview.value.items.filter((item) => item.status === 'invalid');
    expect(invalid.map((item) => item.id)).toEqual(['france']);
    expect(invalid[0]!.reason).toMatch(/^entries\[1\]\.kind/);
  });

  it('refuses a pack whose merge would break stored records, naming them', () => {
    const pack = minimalPack();
    const stored = { entries: pack.entries, facts: pack.facts, stances: pack.stances };
    const turned = {
      ...pack,
      entries: [{ ...pack.entries[0]!, kind: 'mission', affiliation: null }],
      facts: [],
      stances: [],
    };
    const preview = previewText(JSON.stringify(turned), stored, 0);
    if (!preview.ok) throw new Error('expected a preview');
    expect(preview.value.items.filter((item) => item.status === 'invalid')).toEqual([]);
    expect(preview.value.items.filter((item) => item.status === 'breaks')).toEqual([
      {
        id: 's1',
        name: 's1',
        type: 'stance',
        status: 'breaks',
        reason:
          'Stored here, and a merge would break it: Stance "s1": actorId: "macron" is a proposal (mission), not an actor',
      },
    ]);
  });

  it('lists, by name, the stored records a replace would remove, and says both modes can be undone', () => {
    const pack = minimalPack();
    const mine = { ...pack.entries[0]!, id: 'starmer', name: 'Keir Starmer' };
    const note = { ...pack.facts[0]!, id: 'mine-fact', text: 'A fact of mine', entryIds: ['starmer'] };
    const stored = { entries: [pack.entries[0]!, mine], facts: [note], stances: [] };
    const preview = previewText(JSON.stringify(pack), stored, 0);
    if (!preview.ok) throw new Error('expected a preview');
    expect(preview.value.removed.map(({ type, name, status }) => [type, name, status])).toEqual([
      ['entry', 'Keir Starmer', 'removed'],
      ['fact', 'A fact of mine', 'removed'],
    ]);
    expect(preview.value.undoable).toEqual({ merge: true, replace: true });
    expect(previewText(JSON.stringify(pack), empty, 0)).toMatchObject({ value: { removed: [] } });
    const huge = { ...mine, summary: 'x'.repeat(UNDO_MAX_CHARS) };
    const large = previewText(JSON.stringify(pack), { ...stored, entries: [pack.entries[0]!, huge] }, 0);
    expect(large).toMatchObject({ value: { undoable: { merge: true, replace: false } } });
  });

  it.each([
    ['{"format": ', /^Not JSON/],
    [JSON.stringify({ ...minimalPack(), version: 9 }), /version 9 is not supported/],
    [JSON.stringify({ format: 'other' }), /^format/],
    [JSON.stringify({ ...minimalPack(), title: 7, entries: [{ id: 'x' }] }), /^title: must be text/],
  ])('refuses a file that is not a readable pack: %s', (text, message) => {
    const preview = previewText(text, empty, 0);
    expect(preview.ok).toBe(false);
    expect(preview.ok ? '' : issueLine(preview.issues[0]!)).toMatch(message);
  });
});
