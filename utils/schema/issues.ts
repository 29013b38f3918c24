import type * as v from 'valibot';

/** Where a problem is, as keys from the pack's root (`['entries', 3, 'aliases', 0, 'text']`); empty for the whole file. */
export type IssuePath = readonly (string | number)[];

/** One validation problem as data, so callers find the record it concerns by its path instead of parsing text. */
export interface Issue {
  path: IssuePath;
  message: string;
}

/** Most problems shown in one answer; the rest are counted, so a wrong file does not flood the popup. */
export const MAX_ERRORS = 50;

const KEY_MAX = 40;

function keyText(key: string): string {
  return key.length > KEY_MAX ? `${key.slice(0, KEY_MAX)}…` : key;
}

/** `entries[3].aliases[0].text: must not be empty`, with long field names shortened; the bare message at the root. */
export function issueLine({ path, message }: Issue): string {
  let text = '';
  for (const key of path) {
    if (typeof key === 'number') text += `[${key}]`;
    else text += text === '' ? keyText(key) : `.${keyText(key)}`;
  }
  return text === '' ? message : `${text}: ${message}`;
}

/** The lines a person reads: the first MAX_ERRORS problems, then a count of the rest. */
export function issueMessages(issues: readonly Issue[]): string[] {
  const lines = issues.slice(0, MAX_ERRORS).map(issueLine);
  return issues.length > MAX_ERRORS ? [...lines, `…and ${issues.length - MAX_ERRORS} more`] : lines;
}

/** Valibot's issues as plain data: an array index stays a number, any other key becomes text. */
export function issuesOf(issues: readonly v.BaseIssue<unknown>[]): Issue[] {
  return issues.map((issue) => ({
    path: (issue.path ?? []).map((item) => (typeof item.key === 'number' ? item.key : String(item.key))),
    message: issue.message,
  }));
}
