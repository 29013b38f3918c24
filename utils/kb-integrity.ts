import type { PackRecords } from './pack';
import { integrityIssues } from './schema/integrity';
import type { Issue } from './schema/issues';

/** One of the record lists of a pack or of the knowledge base. */
type Collection = keyof PackRecords;

/** A record that breaks a rule spanning records, with every such problem; each issue's path starts inside it. */
export interface Violation {
  collection: Collection;
  /** Where the record stands in the list that was checked. */
  index: number;
  id: string;
  issues: Issue[];
}

const LABELS = { entries: 'Entry', facts: 'Fact', stances: 'Stance' } as const;

/**
 * The records that break the pack's cross-record rules (`integrityIssues`, the one copy of them) when `records` are
 * taken as a whole knowledge base: a stance whose ends are missing or of the wrong family, a fact naming no entry, an
 * affiliation that is missing or the entry itself, a repeated id.
 */
export function violationsIn(records: PackRecords): Violation[] {
  const found = new Map<string, Violation>();
  for (const { path, message } of integrityIssues(records as unknown as Record<string, unknown>)) {
    const [collection, index, ...inside] = path as [Collection, number, ...(string | number)[]];
    const key = `${collection}[${index}]`;
    const violation = found.get(key) ?? {
      collection,
      index,
      id: records[collection][index]!.id,
      issues: [],
    };
    violation.issues.push({ path: inside, message });
    found.set(key, violation);
  }
  return [...found.values()];
}

/** `Stance "m": actorId: "macron" is a proposal (mission), not an actor`: which record, which field, why. */
export function violationLines({ collection, id, issues }: Violation): string[] {
  return issues.map(({ path, message }) => {
    const field = path.map((key) => (typeof key === 'number' ? `[${key}]` : `.${key}`)).join('');
    return `${LABELS[collection]} "${id}"${field ? `: ${field.replace(/^\./, '')}` : ''}: ${message}`;
  });
}
