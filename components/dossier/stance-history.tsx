import { useEffect, useRef } from 'preact/hooks';
import { FactDate } from '@/components/popover/fact-date';
import type { EntryRef } from '@/utils/dossier/dossier-source';
import type { StanceStep } from '@/utils/dossier/stance-history';
import { positionLabel } from '@/utils/i18n/labels';
import { DOSSIER_WORDS as W } from './dossier-wording';
import { RecordMeta } from './record-meta';

/** Props of {@link StanceHistoryView}. */
export interface StanceHistoryProps {
  actor: EntryRef;
  proposal: EntryRef;
  /** Latest first. */
  steps: readonly StanceStep[];
  packTitles: ReadonlyMap<string, string>;
  onClose(): void;
}

/** One step: its date (or "undated"), the position and the one it followed, the note, source and packs. */
export function StanceSteps({
  steps,
  packTitles,
  packsKnown = true,
}: Pick<StanceHistoryProps, 'steps' | 'packTitles'> & { packsKnown?: boolean }) {
  return (
    <ol class="fl-history">
      {steps.map((step) => (
        <li key={step.id} class={`fl-history-step fl-position-${step.position}`}>
          <span class="fl-timeline-when">
            {step.date === null ? <span class="fl-date">{W.undated}</span> : <FactDate date={step.date} />}
          </span>
          <p class="fl-timeline-text">
            <strong>{positionLabel(step.position)}</strong>{' '}
            <span class="fl-muted">
              (
              {step.previous === null
                ? W.firstKnown
                : W.was(positionLabel(step.previous).toLocaleLowerCase())}
              )
            </span>
          </p>
          {step.note.trim() !== '' && <p class="fl-note">{step.note}</p>}
          <RecordMeta source={step.source} packs={packsKnown ? step.packs : null} packTitles={packTitles} />
        </li>
      ))}
    </ol>
  );
}

/**
 * One actor's stances on one proposal over time, opened from a matrix cell: focus moves to its heading so a
 * keyboard reader lands on it, and "Close history" hands focus back to the shell.
 */
export function StanceHistoryView({ actor, proposal, steps, packTitles, onClose }: StanceHistoryProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [actor.id, proposal.id]);
  return (
    <section class="fl-history-panel" aria-labelledby={`history-${actor.id}-${proposal.id}`}>
      <h2 class="fl-subheading" id={`history-${actor.id}-${proposal.id}`} tabIndex={-1} ref={heading}>
        {W.historyTitle(actor.name, proposal.name)}
      </h2>
      <StanceSteps steps={steps} packTitles={packTitles} />
      <button type="button" class="fl-button fl-no-print" onClick={onClose}>
        {W.closeHistory}
      </button>
    </section>
  );
}
