import { t, tn } from '@/utils/i18n/t';
import { expandPattern } from '@/utils/matcher/expand-pattern';
import { phraseFaults } from '@/utils/schema/pattern-rules';
import { phraseFaultLabel } from './field-checks';

/** Phrases named in the summary line; the rest are behind "All n phrases". */
const SHOWN = 3;

/** Props of {@link PatternPreview}. */
export interface PatternPreviewProps {
  /** The alias text as typed. */
  text: string;
  caseSensitive: boolean;
}

/** A phrase as the reader should see it: an empty one would otherwise look like nothing was listed. */
function shown(phrase: string): string {
  return phrase === '' ? t('pattern_nothing') : phrase;
}

/**
 * What a pattern alias will match, under its field: how many phrases and the first few, all of them on request, and
 * every phrase the store would refuse with why, so a pattern that sneaks in a common word is seen before saving.
 * Nothing for plain text, or for a pattern in error (the field itself says what is wrong).
 */
export function PatternPreview({ text, caseSensitive }: PatternPreviewProps) {
  const expansion = expandPattern(text);
  if (!expansion.ok || !expansion.pattern) return null;
  const { phrases } = expansion;
  const faults = phraseFaults(phrases, caseSensitive);
  const first = phrases.slice(0, SHOWN).map(shown).join(', ');
  return (
    <div class="fl-pattern">
      <p class="fl-hint">
        {tn('pattern_expands', phrases.length, `${first}${phrases.length > SHOWN ? ', …' : ''}`)}
      </p>
      {phrases.length > SHOWN && (
        <details class="fl-hint">
          <summary>{tn('pattern_all', phrases.length)}</summary>
          <ul class="fl-pattern-phrases">
            {phrases.map((phrase) => (
              <li key={phrase}>{shown(phrase)}</li>
            ))}
          </ul>
        </details>
      )}
      {faults.length > 0 && (
        <ul class="fl-pattern-faults" aria-label={t('pattern_refused')}>
          {faults.map(({ phrase, kind }) => (
            <li key={phrase}>{t('pattern_fault', t('quote', shown(phrase)), phraseFaultLabel(kind))}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
