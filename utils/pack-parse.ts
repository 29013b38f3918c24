import * as v from 'valibot';
import type { Entry } from './model';
import { type Checked, PACK_FORMAT, PACK_VERSION, type Pack } from './pack';
import { entrySchema } from './schema/entry';
import { integrityLines } from './schema/integrity';
import { issueLines } from './schema/issues';
import { packSchema } from './schema/pack';

/** Largest pack text accepted (10 MB of characters), checked before JSON.parse so a huge paste is refused at once. */
export const MAX_PACK_CHARS = 10 * 1024 * 1024;
/** Most problems listed in one answer; the rest are counted, so a wrong file does not flood the popup. */
export const MAX_ERRORS = 50;

function failed<T>(errors: string[]): Checked<T> {
  if (errors.length <= MAX_ERRORS) return { ok: false, errors };
  return { ok: false, errors: [...errors.slice(0, MAX_ERRORS), `…and ${errors.length - MAX_ERRORS} more`] };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The envelope problem that makes the rest of the file meaningless to check, if any. */
function envelopeError(data: Record<string, unknown>): string | null {
  if (data.format !== PACK_FORMAT) return `format: must be "${PACK_FORMAT}" (this is not a Fact Linker pack)`;
  if (data.version === PACK_VERSION) return null;
  if (typeof data.version === 'number')
    return `Pack version ${data.version} is not supported (this build reads version ${PACK_VERSION})`;
  return `version: must be the number ${PACK_VERSION}`;
}

/**
 * Validates a pack's text completely before anything is written: size, JSON syntax, envelope, every record, unique
 * ids and every reference. Missing stamps become `now`/`now`/1; present ones are kept. All problems are returned
 * (up to MAX_ERRORS), each naming its path, e.g. `facts[2].entryIds[0]: no entry "macronn"`.
 */
export function parsePack(text: string, now: number): Checked<Pack> {
  if (text.length > MAX_PACK_CHARS) {
    const size = (text.length / 1024 / 1024).toFixed(1);
    return failed([`Pack is too large: ${size} MB (the limit is ${MAX_PACK_CHARS / 1024 / 1024} MB)`]);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return failed([`Not JSON: ${error instanceof Error ? error.message : String(error)}`]);
  }
  if (!isObject(data)) return failed(['Pack must be a JSON object']);
  const envelope = envelopeError(data);
  if (envelope !== null) return failed([envelope]);
  const result = v.safeParse(packSchema(now), data);
  const errors = [...(result.issues ? issueLines(result.issues) : []), ...integrityLines(data)];
  if (!result.success || errors.length > 0) return failed(errors);
  return { ok: true, value: result.output };
}

/** Validates one entry on its own, as the editor will before saving; references to other entries are not checked. */
export function checkEntry(value: unknown, now: number): Checked<Entry> {
  const result = v.safeParse(entrySchema(now), value);
  return result.success ? { ok: true, value: result.output } : failed(issueLines(result.issues));
}
