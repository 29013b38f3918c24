const FACT_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const FORMATS = new Map<string, Intl.DateTimeFormat>();

/** A day ('20 Mar 2025') or month ('Mar 2025') format in a locale, kept: pages format many dates. */
function format(locale: string, precision: 'day' | 'month'): Intl.DateTimeFormat {
  const key = `${locale} ${precision}`;
  let found = FORMATS.get(key);
  if (!found) {
    const day = precision === 'day' ? { day: 'numeric' as const } : {};
    found = new Intl.DateTimeFormat(locale, { ...day, month: 'short', year: 'numeric', timeZone: 'UTC' });
    FORMATS.set(key, found);
  }
  return found;
}

/** A UTC date from its parts, or null when the parts name no real day (setUTCFullYear keeps years below 100 as written). */
function utcDate(year: number, month: number, day: number): Date | null {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  const real =
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return real ? date : null;
}

/** Parses a fact's partial date (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`) so malformed stored dates can be told apart from real ones. */
function parseFactDate(value: string): { date: Date; precision: 'year' | 'month' | 'day' } | null {
  const match = FACT_DATE.exec(value);
  if (!match) return null;
  const [, year, month, day] = match;
  const date = utcDate(Number(year), month ? Number(month) : 1, day ? Number(day) : 1);
  if (!date) return null;
  return { date, precision: day ? 'day' : month ? 'month' : 'year' };
}

/** Whether a stored date is a well-formed partial date, and so usable as a `<time datetime>` value. */
export function isFactDate(value: string): boolean {
  return parseFactDate(value) !== null;
}

/**
 * Formats a partial date for people in their locale ('20 Mar 2025', 'Mar 2025', '2025' in en-GB; '20 mars 2025'
 * in French), the same in every time zone; malformed input is shown as stored.
 */
export function formatFactDate(value: string, locale: string): string {
  const parsed = parseFactDate(value);
  if (!parsed) return value;
  if (parsed.precision === 'year') return value.slice(0, 4);
  return format(locale, parsed.precision).format(parsed.date);
}

/** Describes an epoch-milliseconds stamp as a `<time>` value and a day label, or null when it is not a valid time. */
export function describeTimestamp(ms: number, locale: string): { datetime: string; label: string } | null {
  if (!Number.isFinite(ms)) return null;
  const date = new Date(ms);
  if (Number.isNaN(date.getTime())) return null;
  return { datetime: date.toISOString(), label: format(locale, 'day').format(date) };
}
