import { type Violation, violationsIn } from './kb-integrity';
import type { ImportMode, PackRecords } from './pack';
import type { Issue } from './schema/issues';
import type { KbRecord } from './store/errors';

/** What an import's resulting knowledge base breaks, split by where each broken record comes from. */
export interface ResultViolations {
  /** Problems of pack records, with paths from the pack's root (`stances[2].actorId`), as validation reports them. */
  pack: Issue[];
  /** Stored records the import keeps as they are but leaves inconsistent, e.g. stances on an entry it turns into a proposal. */
  stored: Violation[];
}

/** One list of the result: the stored records a merge keeps, then the pack's; `origin` is null or a pack index. */
function resultList<T extends KbRecord>(packed: T[], stored: T[], mode: ImportMode) {
  const ids = new Set(packed.map((record) => record.id));
  const kept = mode === 'merge' ? stored.filter((record) => !ids.has(record.id)) : [];
  return {
    records: [...kept, ...packed],
    origin: [...kept.map(() => null), ...packed.map((_, index) => index)],
  };
}

/**
 * Checks the knowledge base an import would leave, as a whole, with the pack's integrity rules: the stored records a
 * merge keeps, plus every pack record (one validation refused still counts, as if fixed, so the preview does not
 * blame the records that merely point at it).
 */
export function resultViolations(
  pack: PackRecords,
  current: PackRecords,
  mode: ImportMode,
): ResultViolations {
  const entries = resultList(pack.entries, current.entries, mode);
  const facts = resultList(pack.facts, current.facts, mode);
  const stances = resultList(pack.stances, current.stances, mode);
  const origins = { entries: entries.origin, facts: facts.origin, stances: stances.origin };
  const found: ResultViolations = { pack: [], stored: [] };
  const result = { entries: entries.records, facts: facts.records, stances: stances.records };
  for (const violation of violationsIn(result)) {
    const { collection, index, issues } = violation;
    const at = origins[collection][index] ?? null;
    if (at === null) found.stored.push(violation);
    else
      found.pack.push(...issues.map(({ path, message }) => ({ path: [collection, at, ...path], message })));
  }
  return found;
}
