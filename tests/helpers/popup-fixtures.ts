import { vi } from 'vitest';
import type { EntryEditorProps } from '@/components/popup/entry-editor';
import { type Alias, blankEntry, type Entry, type Fact, type Stance } from '@/utils/model';

/** An alias with default options, so tests only spell out what they check. */
export function alias(text: string, options: Partial<Omit<Alias, 'text'>> = {}): Alias {
  return { text, caseSensitive: false, needsContext: false, ...options };
}

/** A complete entry from a few fields, so component tests stay about behaviour rather than setup. */
export function makeEntry(fields: Partial<Entry> & Pick<Entry, 'id' | 'name'>): Entry {
  return { ...blankEntry(fields.id, 'person', fields.name), createdAt: 1, updatedAt: 1, rev: 1, ...fields };
}

/** A complete fact from a few fields. */
export function makeFact(fields: Partial<Fact> & Pick<Fact, 'id' | 'entryIds'>): Fact {
  return {
    date: '2025-03-02',
    text: 'Met in London.',
    source: { outlet: 'Reuters', url: 'https://www.reuters.com/a', title: null },
    createdAt: 1,
    updatedAt: 1,
    rev: 1,
    ...fields,
  };
}

/** A complete stance from a few fields. */
export function makeStance(fields: Partial<Stance> & Pick<Stance, 'id' | 'actorId' | 'proposalId'>): Stance {
  return {
    position: 'supports',
    date: '2025-03',
    note: '',
    source: { outlet: 'AFP', url: null, title: null },
    createdAt: 1,
    updatedAt: 1,
    rev: 1,
    ...fields,
  };
}

/** Editor props for one entry with no facts, stances or conflict and spies for every callback. */
export function editorProps(
  fields: Partial<EntryEditorProps> & Pick<EntryEditorProps, 'entry'>,
): EntryEditorProps {
  return {
    facts: [],
    stances: [],
    entries: fields.entry ? [fields.entry] : [],
    conflict: null,
    onSave: vi.fn(),
    onDelete: vi.fn(),
    onReloadConflict: vi.fn(),
    onOverwriteConflict: vi.fn(),
    onCancel: vi.fn(),
    ...fields,
  };
}
