import { FactDate } from '@/components/popover/fact-date';
import type { EntryRef } from '@/utils/dossier/dossier-source';
import { latestFirst } from '@/utils/dossier/partial-date';
import { stanceHistories } from '@/utils/dossier/stance-history';
import type { Entry, Fact, Stance } from '@/utils/model';
import { DOSSIER_WORDS as W } from './dossier-wording';
import { EntryLink } from './entry-link';
import { RecordMeta } from './record-meta';
import { StanceSteps } from './stance-history';

/** Props of {@link EntryRecords}. */
export interface EntryRecordsProps {
  entry: Entry;
  facts: readonly Fact[];
  stances: readonly Stance[];
  /** Every entry by id, to name the other side of a stance and the other entries of a fact. */
  refs: ReadonlyMap<string, EntryRef>;
}

const NO_PACKS = new Map<string, readonly string[]>();
const NO_TITLES = new Map<string, string>();

/**
 * An entry's stances, one history per other side (latest first, each step with the position it followed), then its
 * facts, latest first, each naming the other entries it concerns: the body of the entry's dossier page.
 */
export function EntryRecords({ entry, facts, stances, refs }: EntryRecordsProps) {
  const histories = [...stanceHistories(stances, refs, NO_PACKS).values()];
  const sortedFacts = [...facts].sort(latestFirst);
  return (
    <>
      <section class="fl-dossier-section" aria-labelledby="entry-stances">
        <h3 class="fl-subheading" id="entry-stances">
          {W.stancesHeading}
        </h3>
        {histories.length === 0 && <p class="fl-muted">{W.noStancesOfEntry}</p>}
        <ul class="fl-plain-list">
          {histories.map(({ actor, proposal, steps }) => {
            const other = actor.id === entry.id ? proposal : actor;
            return (
              <li key={`${actor.id} ${proposal.id}`}>
                <EntryLink entry={other} />
                <StanceSteps steps={steps} packTitles={NO_TITLES} packsKnown={false} />
              </li>
            );
          })}
        </ul>
      </section>
      <section class="fl-dossier-section" aria-labelledby="entry-facts">
        <h3 class="fl-subheading" id="entry-facts">
          {W.factsHeading}
        </h3>
        {sortedFacts.length === 0 && <p class="fl-muted">{W.noFacts}</p>}
        <ol class="fl-timeline">
          {sortedFacts.map((fact) => {
            const others = fact.entryIds.flatMap((id) => (id === entry.id ? [] : (refs.get(id) ?? [])));
            return (
              <li class="fl-timeline-item" key={fact.id}>
                <span class="fl-timeline-when">
                  <FactDate date={fact.date} />
                </span>
                <p class="fl-timeline-text">{fact.text}</p>
                {others.length > 0 && (
                  <p class="fl-timeline-about">
                    {W.about}:{' '}
                    {others.map((other, at) => (
                      <span key={other.id}>
                        {at > 0 && ', '}
                        <EntryLink entry={other} />
                      </span>
                    ))}
                  </p>
                )}
                <RecordMeta source={fact.source} packs={null} packTitles={NO_TITLES} />
              </li>
            );
          })}
        </ol>
      </section>
    </>
  );
}
