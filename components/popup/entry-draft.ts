import { type Entry, type Fact, familyOf, type Kind, type Stance } from '@/utils/model';
import type { EditorSource, EntryForm } from './entry-form';
import type { EntryDraft } from './types';

const UNSTAMPED = { createdAt: 0, updatedAt: 0, rev: 0 };

/**
 * The records to save from a validated form: text trimmed, tags split, empty optional fields null, an alias's
 * `exclude` and the entry's `topic` written only when set (as packs written before they existed leave them out),
 * and anything the form does not show (stamps, a fact's other entries, source titles) carried over unchanged.
 */
export function draftFromForm(
  form: EntryForm,
  kind: Kind,
  source: EditorSource,
  newId: () => string = () => crypto.randomUUID(),
): EntryDraft {
  const id = source.entry?.id ?? newId();
  const { topic: _formerTopic, ...kept }: Partial<Entry> = source.entry ?? UNSTAMPED;
  const entry: Entry = {
    ...UNSTAMPED,
    ...kept,
    id,
    kind,
    name: form.name.trim(),
    aliases: form.aliases.map(({ text, caseSensitive, needsContext, exclude }) => ({
      text: text.trim(),
      caseSensitive,
      needsContext,
      ...(exclude ? { exclude } : {}),
    })),
    role: form.role.trim(),
    affiliation: form.affiliation || null,
    summary: form.summary.trim(),
    caveat: form.caveat.trim(),
    links: form.links.map((link) => ({ title: link.title.trim(), url: link.url.trim() })),
    tags: [
      ...new Set(
        form.tags
          .split(',')
          .map((tag) => tag.trim())
          .filter(Boolean),
      ),
    ],
    ...(form.topic ? { topic: form.topic } : {}),
  };
  const facts = form.facts.map((row): Fact => {
    const before = source.facts.find((fact) => fact.id === row.id);
    return {
      ...(before ?? { ...UNSTAMPED, entryIds: [id] }),
      id: row.id ?? newId(),
      date: row.date.trim(),
      text: row.text.trim(),
      source: { title: before?.source.title ?? null, outlet: row.outlet.trim(), url: row.url.trim() || null },
    };
  });
  const isActor = familyOf(kind) === 'actor';
  const stances = form.stances.map((row): Stance => {
    const before = source.stances.find((stance) => stance.id === row.id);
    return {
      ...(before ?? UNSTAMPED),
      id: row.id ?? newId(),
      actorId: isActor ? id : row.otherId,
      proposalId: isActor ? row.otherId : id,
      position: row.position,
      date: row.date.trim() || null,
      note: row.note.trim(),
      source: { title: before?.source.title ?? null, outlet: row.outlet.trim(), url: row.url.trim() || null },
    };
  });
  return { entry, facts, stances };
}
