import * as v from 'valibot';
import { type Checked, PACK_FORMAT, PACK_VERSION, type Pack } from './pack';
import { READABLE_VERSIONS, upgradePackJson } from './pack-upgrade';
import { integrityIssues } from './schema/integrity';
import { type IssuePath, issuesOf } from './schema/issues';
import { packSchema } from './schema/pack';

/** Largest pack text accepted (10 MB of characters), checked before JSON.parse so a huge paste is refused at once. */
export const MAX_PACK_CHARS = 10 * 1024 * 1024;

function failed<T>(message: string, path: IssuePath = []): Checked<T> {
  return { ok: false, issues: [{ path, message }] };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The JSON object in a pack's text, once size, syntax, format and version show it is a pack this build reads, upgraded
 * to the current version; the first of those problems otherwise, since the rest of the file is meaningless to check.
 */
export function readPackJson(text: string): Checked<Record<string, unknown>> {
  if (text.length > MAX_PACK_CHARS) {
    const size = (text.length / 1024 / 1024).toFixed(1);
    return failed(`Pack is too large: ${size} MB (the limit is ${MAX_PACK_CHARS / 1024 / 1024} MB)`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return failed(`Not JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (!isObject(data)) return failed('Pack must be a JSON object');
  if (data.format !== PACK_FORMAT)
    return failed(`must be "${PACK_FORMAT}" (this is not a Fact Linker pack)`, ['format']);
  if (READABLE_VERSIONS.includes(data.version as number)) return { ok: true, value: upgradePackJson(data) };
  const readable = READABLE_VERSIONS.join(' and ');
  if (typeof data.version === 'number')
    return failed(`Pack version ${data.version} is not supported (this build reads versions ${readable})`);
  return failed(`must be the number ${PACK_VERSION}`, ['version']);
}

/**
 * Validates a pack's parsed JSON completely: every record, unique ids and every reference, all problems together.
 * Missing stamps become `now`/`now`/1; present ones are kept.
 */
export function checkPack(data: Record<string, unknown>, now: number): Checked<Pack> {
  const result = v.safeParse(packSchema(now), data);
  const issues = [...(result.issues ? issuesOf(result.issues) : []), ...integrityIssues(data)];
  if (!result.success || issues.length > 0) return { ok: false, issues };
  return { ok: true, value: result.output };
}

/**
 * Validates a pack's text before anything is written: the envelope, then every record. Every problem is returned as
 * data with its path, e.g. `['facts', 2, 'entryIds', 0]` and `no entry "macronn"`.
 */
export function parsePack(text: string, now: number): Checked<Pack> {
  const read = readPackJson(text);
  return read.ok ? checkPack(read.value, now) : read;
}
