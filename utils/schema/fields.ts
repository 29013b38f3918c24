import * as v from 'valibot';

/** Longest name, alias, role, outlet, title or tag: enough for any real one, short enough for a popover. */
export const SHORT_TEXT = 200;
/** Longest summary, caveat, fact text or note. */
export const LONG_TEXT = 4000;
const URL_MAX = 2000;

const ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,79}$/;
/** What looks like a tag, a closing tag, a comment or a processing instruction; a lone `<` as in "a < b" does not. */
const MARKUP = /<[a-zA-Z!?/]/;
const DATE_PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const DATE_FORMAT = 'must be a date written YYYY, YYYY-MM or YYYY-MM-DD';

/** Whether text holds markup: shared with the editor so it refuses exactly what the store refuses. */
export function hasMarkup(text: string): boolean {
  return MARKUP.test(text);
}

/** Whether text is written YYYY, YYYY-MM or YYYY-MM-DD, real or not. */
export function isDateFormat(text: string): boolean {
  return DATE_PATTERN.test(text);
}

/** A record id: a short lower-case slug, safe in URLs and as an IndexedDB key. */
export const idSchema = v.pipe(
  v.string('must be text'),
  v.regex(ID_PATTERN, 'must be 1 to 80 lower-case letters, digits or hyphens, not starting with a hyphen'),
);

/** Free text that may be empty, bounded and without markup, so nothing a pack says can turn into page HTML. */
export function textSchema(max: number) {
  return v.pipe(
    v.string('must be text'),
    v.maxLength(max, `must be at most ${max} characters`),
    v.check((text) => !hasMarkup(text), 'must not contain HTML markup'),
  );
}

/** Text that must say something: a name, an alias, an outlet. */
export function requiredTextSchema(max: number) {
  return v.pipe(
    textSchema(max),
    v.check((text) => text.trim() !== '', 'must not be empty'),
  );
}

function daysIn(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** True for a well-formed date that exists; a malformed one is left to the format check so it is reported once. */
export function isRealDate(text: string): boolean {
  const match = DATE_PATTERN.exec(text);
  if (!match) return true;
  const year = Number(match[1]);
  const month = match[2] === undefined ? 1 : Number(match[2]);
  const day = match[3] === undefined ? 1 : Number(match[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysIn(year, month);
}

/** A full or partial calendar date, because sources often give only the month or the year of an event. */
export const dateSchema = v.pipe(
  v.string(DATE_FORMAT),
  v.regex(DATE_PATTERN, DATE_FORMAT),
  v.check(isRealDate, (issue) => `${String(issue.input)} is not a real date`),
);

/** Whether text is an absolute http(s) address with no spaces or control characters. */
export function isWebUrl(text: string): boolean {
  if (!/^https?:\/\//i.test(text) || /[\s\p{Cc}]/u.test(text)) return false;
  try {
    new URL(text);
    return true;
  } catch {
    return false;
  }
}

/** An http(s) address: javascript:, data: and file: links from a pack must never become clickable. */
export const urlSchema = v.pipe(
  v.string('must be text'),
  v.maxLength(URL_MAX, `must be at most ${URL_MAX} characters`),
  v.check(isWebUrl, 'must be an http or https URL'),
);

/**
 * Highest revision a record may carry. A billion saves of one record is far past any real history, and the bound sits
 * well inside Number.MAX_SAFE_INTEGER so `rev + 1` is always exact: at 2^53, `rev + 1 === rev` and a stale editor's
 * revision would match the stored one, silently turning conflict detection off for that record.
 */
export const MAX_REV = 1_000_000_000;

const timeSchema = v.pipe(
  v.number('must be a number'),
  v.integer('must be a whole number'),
  v.minValue(0, 'must not be negative'),
);

/**
 * Stamp fields, optional in a pack: missing ones become `now`/`now`/1, present ones are kept so a round trip is exact.
 * Revision 0 marks a record the editor has not saved yet; the store stamps it afresh when it creates it.
 */
export function stampEntries(now: number) {
  return {
    createdAt: v.optional(timeSchema, now),
    updatedAt: v.optional(timeSchema, now),
    rev: v.optional(
      v.pipe(
        v.number('must be a number'),
        v.integer('must be a whole number'),
        v.minValue(0, 'must not be negative'),
        v.maxValue(MAX_REV, `must be at most ${MAX_REV}`),
      ),
      1,
    ),
  };
}

/** A JSON object with exactly these fields; a missing field and an unknown one are each reported by name. */
export function recordSchema<TEntries extends v.ObjectEntries>(entries: TEntries) {
  return v.strictObject(entries, (issue) => {
    if (issue.expected === 'never') return 'is not a known field';
    return issue.path ? 'is missing' : 'must be an object';
  });
}

/** A JSON array of the given items. */
export function listSchema<TItem extends v.GenericSchema>(item: TItem) {
  return v.array(item, 'must be a list');
}
