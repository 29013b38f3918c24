import { stanceGroupLabel } from '@/utils/i18n/labels';
import { t } from '@/utils/i18n/t';
import type { Card, Family } from '@/utils/model';
import { POSITIONS } from '@/utils/model';
import { FactDate } from './fact-date';
import { SourceLink } from './source-link';

/** Props of {@link StanceList}. */
export interface StanceListProps {
  /** The family of the entry the popover is about: decides how group headings read. */
  family: Family;
  stances: Card['stances'];
  /** Prefix for the ids that tie the section to its heading. */
  idPrefix: string;
}

/** Stances grouped by position, strongest commitment first, so readers see at a glance who backs what. */
export function StanceList({ family, stances, idPrefix }: StanceListProps) {
  if (stances.length === 0) return null;
  const headingId = `${idPrefix}-stances`;
  const groups = POSITIONS.map((position) => ({
    position,
    items: stances.filter((item) => item.stance.position === position),
  })).filter((group) => group.items.length > 0);
  return (
    <section class="fl-section" aria-labelledby={headingId}>
      <h3 class="fl-section-title" id={headingId}>
        {family === 'actor' ? t('stances_of_actor') : t('stances_on_proposal')}
      </h3>
      {groups.map(({ position, items }) => (
        <div class="fl-group" data-position={position} key={position}>
          <h4 class="fl-group-title">{stanceGroupLabel(family, position)}</h4>
          <ul class="fl-list">
            {items.map(({ stance, otherName }) => (
              <li class="fl-item" key={stance.id}>
                <span class="fl-name">{otherName}</span>
                <span class="fl-meta">
                  {stance.date ? <FactDate date={stance.date} /> : null}
                  <SourceLink source={stance.source} />
                </span>
                {stance.note.trim() ? <p class="fl-note">{stance.note}</p> : null}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
