import { escapePattern } from './matcher/alias-pattern';
import { PACK_VERSION } from './pack';

/** Pack versions this build reads: the current one, and version 1, upgraded on reading. */
export const READABLE_VERSIONS: readonly number[] = [1, PACK_VERSION];

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A version 1 entry as read, with each alias text escaped; anything malformed is left for the schema to report. */
function upgradeEntry(entry: unknown): unknown {
  if (!isObject(entry) || !Array.isArray(entry.aliases)) return entry;
  const aliases = entry.aliases.map((alias: unknown) =>
    isObject(alias) && typeof alias.text === 'string' ? { ...alias, text: escapePattern(alias.text) } : alias,
  );
  return { ...entry, aliases };
}

/**
 * A pack's parsed JSON as the current version: version 2 reads `{ } [ ] | \` in alias texts as pattern syntax, so a
 * version 1 pack, where they were plain characters, has them escaped and means what it meant ("Plan [B]" stays
 * the phrase "Plan [B]", not "Plan B" or "Plan"). The current version is returned as it is.
 */
export function upgradePackJson(data: Record<string, unknown>): Record<string, unknown> {
  if (data.version !== 1) return data;
  const entries = Array.isArray(data.entries) ? data.entries.map(upgradeEntry) : data.entries;
  return { ...data, version: PACK_VERSION, entries };
}
