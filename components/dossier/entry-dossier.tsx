import { EntryLinks } from '@/components/popover/entry-links';
import { dossierHref } from '@/utils/dossier/dossier-route';
import type { EntryRef } from '@/utils/dossier/dossier-source';
import { describeOrigin, kindLabel } from '@/utils/i18n/labels';
import type { OriginLabel } from '@/utils/installed-pack';
import type { Alias } from '@/utils/model';
import type { EntryDraft } from '@/utils/store/save-draft';
import { DOSSIER_WORDS as W } from './dossier-wording';
import { EntryLink } from './entry-link';
import { EntryRecords } from './entry-records';

/** Props of {@link EntryDossier}. */
export interface EntryDossierProps {
  /** The entry with every fact and stance about it, as the editor opens it. */
  draft: EntryDraft;
  origin: OriginLabel;
  refs: ReadonlyMap<string, EntryRef>;
  /** Where the popup's editor opens on this entry. */
  editHref: string;
}

function aliasNotes(alias: Alias): string {
  const notes = [
    alias.caseSensitive && W.caseSensitive,
    alias.needsContext && W.needsContext,
    alias.exclude && W.excluded,
  ].filter(Boolean);
  return notes.length > 0 ? ` (${notes.join(', ')})` : '';
}

/**
 * Everything about one entry on one page: kind, role, summary, what is unsure, its affiliation and where it comes
 * from, its aliases and links, then its stances and facts, with the ways to its timeline and its editor.
 */
export function EntryDossier({ draft, origin, refs, editHref }: EntryDossierProps) {
  const { entry } = draft;
  const affiliation = entry.affiliation === null ? undefined : refs.get(entry.affiliation);
  return (
    <article class="fl-entry-dossier" aria-labelledby="entry-name">
      <h2 class="fl-heading" id="entry-name">
        {entry.name}
      </h2>
      <p class="fl-muted">
        {kindLabel(entry.kind)}
        {entry.role.trim() !== '' && ` · ${entry.role}`} · {describeOrigin(origin)}
      </p>
      {entry.summary.trim() !== '' && <p>{entry.summary}</p>}
      {entry.caveat.trim() !== '' && (
        <p class="fl-warning">
          {W.caveat}: {entry.caveat}
        </p>
      )}
      {affiliation && (
        <p>
          {W.affiliation}: <EntryLink entry={affiliation} />
        </p>
      )}
      <p class="fl-actions fl-no-print">
        <a href={dossierHref({ view: 'timeline', entryId: entry.id })}>{W.entryTimeline}</a>
        <a href={editHref}>{W.edit}</a>
      </p>
      <section class="fl-dossier-section" aria-labelledby="entry-aliases">
        <h3 class="fl-subheading" id="entry-aliases">
          {W.aliases}
        </h3>
        {entry.aliases.length === 0 && <p class="fl-muted">{W.noAliases}</p>}
        <ul class="fl-plain-list">
          {entry.aliases.map((alias) => (
            <li key={alias.text}>
              {alias.text}
              <span class="fl-muted">{aliasNotes(alias)}</span>
            </li>
          ))}
        </ul>
      </section>
      <section class="fl-dossier-section" aria-labelledby="entry-links">
        <h3 class="fl-subheading" id="entry-links">
          {W.links}
        </h3>
        {entry.links.length === 0 ? <p class="fl-muted">{W.noLinks}</p> : <EntryLinks links={entry.links} />}
      </section>
      <EntryRecords entry={entry} facts={draft.facts} stances={draft.stances} refs={refs} />
    </article>
  );
}
