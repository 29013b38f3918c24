import { uiLocale } from '@/utils/i18n/t';
import { formatFactDate, isFactDate } from './format-date';

/** A partial date for people in their locale, machine-readable as `<time datetime>` when well formed, plain text otherwise. */
export function FactDate({ date }: { date: string }) {
  const label = formatFactDate(date, uiLocale());
  return isFactDate(date) ? (
    <time class="fl-date" dateTime={date}>
      {label}
    </time>
  ) : (
    <span class="fl-date">{label}</span>
  );
}
