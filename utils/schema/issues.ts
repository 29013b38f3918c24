import type * as v from 'valibot';

const KEY_MAX = 40;

function keyText(key: unknown): string {
  const text = String(key);
  return text.length > KEY_MAX ? `${text.slice(0, KEY_MAX)}…` : text;
}

/** `entries[3].aliases[0].text` for a valibot issue path; empty for the root. */
function pathText(path: readonly v.IssuePathItem[] | undefined): string {
  let text = '';
  for (const item of path ?? []) {
    if (typeof item.key === 'number') text += `[${item.key}]`;
    else text += text === '' ? keyText(item.key) : `.${keyText(item.key)}`;
  }
  return text;
}

/** Turns valibot issues into the "path: reason" lines a person can act on, one per problem. */
export function issueLines(issues: readonly v.BaseIssue<unknown>[]): string[] {
  return issues.map((issue) => {
    const path = pathText(issue.path);
    return path === '' ? issue.message : `${path}: ${issue.message}`;
  });
}
