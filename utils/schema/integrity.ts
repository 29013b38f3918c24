import { type Family, familyOf, KINDS, type Kind } from '@/utils/model';
import type { Issue, IssuePath } from './issues';

type Row = Record<string, unknown>;

function isRow(value: unknown): value is Row {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A list's objects, index for index; anything malformed becomes `{}` (the schema reports it). */
function rows(value: unknown): Row[] {
  return Array.isArray(value) ? value.map((item) => (isRow(item) ? item : {})) : [];
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function isKind(value: unknown): value is Kind {
  return (KINDS as readonly unknown[]).includes(value);
}

/** `an actor (country)` for a kind, `an actor` for a family. */
function describe(what: Kind | Family): string {
  if (what === 'actor') return 'an actor';
  if (what === 'proposal') return 'a proposal';
  return `${describe(familyOf(what))} (${what})`;
}

function duplicateIds(list: string, items: Row[]): Issue[] {
  const firstAt = new Map<string, number>();
  const issues: Issue[] = [];
  items.forEach((item, index) => {
    const id = text(item.id);
    if (id === undefined) return;
    const first = firstAt.get(id);
    if (first === undefined) firstAt.set(id, index);
    else
      issues.push({
        path: [list, index, 'id'],
        message: `duplicate id ${JSON.stringify(id)} (first used by ${list}[${first}])`,
      });
  });
  return issues;
}

/**
 * The rules that span records: unique ids per record type, and every reference naming an entry of the right family.
 * Reads the parsed JSON defensively, so these problems are reported alongside the schema's, not after them.
 */
export function integrityIssues(pack: Row): Issue[] {
  const entries = rows(pack.entries);
  const facts = rows(pack.facts);
  const stances = rows(pack.stances);
  const kinds = new Map<string, Kind | null>();
  for (const entry of entries) {
    const id = text(entry.id);
    if (id !== undefined && !kinds.has(id)) kinds.set(id, isKind(entry.kind) ? entry.kind : null);
  }
  const issues = [
    ...duplicateIds('entries', entries),
    ...duplicateIds('facts', facts),
    ...duplicateIds('stances', stances),
  ];
  const refer = (path: IssuePath, value: unknown, family?: Family) => {
    const id = text(value);
    if (id === undefined) return;
    const kind = kinds.get(id);
    if (kind === undefined) issues.push({ path, message: `no entry ${JSON.stringify(id)}` });
    else if (family !== undefined && kind !== null && familyOf(kind) !== family)
      issues.push({ path, message: `${JSON.stringify(id)} is ${describe(kind)}, not ${describe(family)}` });
  };
  entries.forEach((entry, index) => {
    const path = ['entries', index, 'affiliation'];
    if (text(entry.affiliation) !== undefined && entry.affiliation === entry.id)
      issues.push({ path, message: 'must not be the entry itself' });
    else refer(path, entry.affiliation);
  });
  facts.forEach((fact, index) => {
    const ids: unknown[] = Array.isArray(fact.entryIds) ? fact.entryIds : [];
    ids.forEach((id, at) => {
      refer(['facts', index, 'entryIds', at], id);
    });
  });
  stances.forEach((stance, index) => {
    refer(['stances', index, 'actorId'], stance.actorId, 'actor');
    refer(['stances', index, 'proposalId'], stance.proposalId, 'proposal');
  });
  return issues;
}
