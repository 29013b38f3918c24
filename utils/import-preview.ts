import type { Entry, Fact, Stance } from './model';
import type { Checked, Pack } from './pack';
import { parsePack } from './pack-parse';
import { sameRecord } from './store/equal';

/** What importing would do to one record. */
export type ImportStatus = 'new' | 'updated' | 'unchanged' | 'conflicting' | 'invalid';

/** One record of a pack as the import preview shows it. */
export interface ImportPreviewItem {
  id: string;
  name: string;
  type: 'entry' | 'fact' | 'stance';
  status: ImportStatus;
  /** Why the record is invalid or conflicting, in words the reader can act on. */
  reason?: string;
}

/** A dry run of an import, computed before anything is written so the reader can confirm or cancel. */
export interface ImportPreview {
  title: string;
  items: ImportPreviewItem[];
}

type Lists = Pick<Pack, 'entries' | 'facts' | 'stances'>;
const TYPES = { entries: 'entry', facts: 'fact', stances: 'stance' } as const;
const RECORD_PATH = /^(entries|facts|stances)\[(\d+)\]/;

function label(raw: unknown, index: number): { id: string; name: string } {
  const record = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const id = typeof record.id === 'string' ? record.id.slice(0, 80) : `#${index + 1}`;
  const name = [record.name, record.text, record.position].find((x) => typeof x === 'string') as
    | string
    | undefined;
  return { id, name: (name ?? id).slice(0, 120) };
}

type AnyRecord = Entry | Fact | Stance;
const CONFLICT = 'Changed here after this pack was made: importing replaces it';

function compare(
  record: AnyRecord,
  stored: AnyRecord | undefined,
): Pick<ImportPreviewItem, 'status' | 'reason'> {
  if (!stored) return { status: 'new' };
  if (sameRecord(stored, record)) return { status: 'unchanged' };
  return stored.updatedAt > record.updatedAt
    ? { status: 'conflicting', reason: CONFLICT }
    : { status: 'updated' };
}

function itemsOf(
  lists: Record<keyof Lists, unknown[]>,
  stored: Lists,
  judge: (
    key: keyof Lists,
    index: number,
    record: AnyRecord,
    stored: AnyRecord | undefined,
  ) => Pick<ImportPreviewItem, 'status' | 'reason'>,
): ImportPreviewItem[] {
  const items: ImportPreviewItem[] = [];
  for (const key of ['entries', 'facts', 'stances'] as const) {
    const byId = new Map<string, AnyRecord>(stored[key].map((record) => [record.id, record]));
    lists[key].forEach((raw, index) => {
      const found = label(raw, index);
      items.push({ ...found, type: TYPES[key], ...judge(key, index, raw as AnyRecord, byId.get(found.id)) });
    });
  }
  return items;
}

/**
 * Says what importing a pack's text would do, record by record, against what is stored: new, updated, unchanged,
 * conflicting (changed here after the pack's copy) or invalid with its reason. A file that is not a pack at all
 * (too large, not JSON, wrong format or version) is an error instead.
 */
export function previewImport(text: string, stored: Lists, now: number): Checked<ImportPreview> {
  const parsed = parsePack(text, now);
  if (parsed.ok) {
    const items = itemsOf(parsed.value, stored, (_key, _index, record, old) => compare(record, old));
    return { ok: true, value: { title: parsed.value.title, items } };
  }
  const reasons = new Map<string, string>();
  for (const line of parsed.errors) {
    const at = RECORD_PATH.exec(line);
    if (at) reasons.set(`${at[1]}:${at[2]}`, reasons.get(`${at[1]}:${at[2]}`) ?? line);
    else if (!line.startsWith('…and')) return parsed;
  }
  const data = JSON.parse(text) as Record<string, unknown>;
  const listOf = (key: keyof Lists) => (Array.isArray(data[key]) ? (data[key] as unknown[]) : []);
  const lists = { entries: listOf('entries'), facts: listOf('facts'), stances: listOf('stances') };
  const items = itemsOf(lists, stored, (key, index, record, old) => {
    const reason = reasons.get(`${key}:${index}`);
    return reason ? { status: 'invalid', reason } : compare(record, old);
  });
  const title = typeof data.title === 'string' ? data.title.slice(0, 200) : 'Untitled pack';
  return { ok: true, value: { title, items } };
}
