/** One field an import would change, as the preview shows it: "Role: Prime Minister → Leader of the Labour Party". */
export interface FieldChange {
  field: string;
  /** What is stored now ("—" for nothing); for a list, only the items the import takes away. */
  before: string;
  /** What the pack has; for a list, only the items it adds. */
  after: string;
}

/** Stored bookkeeping, not something the reader edits: never listed as a change. */
const BOOKKEEPING = new Set(['id', 'createdAt', 'updatedAt', 'rev']);
const LABELS: Readonly<Record<string, string>> = {
  entryIds: 'Entries',
  actorId: 'Actor',
  proposalId: 'Proposal',
};
const FLAGS: readonly [string, string][] = [
  ['caseSensitive', 'case-sensitive'],
  ['needsContext', 'needs context'],
  ['exclude', 'excluded'],
];
/** At most this many characters each side of the arrow, so a changed summary stays one compact line. */
export const CHANGE_TEXT_MAX = 80;
/** At most this many changed fields per record. */
export const CHANGES_MAX = 8;

const labelOf = (field: string) => LABELS[field] ?? field.charAt(0).toUpperCase() + field.slice(1);

/** One value as short text: an alias by its text and options, a link or source by its address or outlet. */
function textOf(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value !== 'object') return String(value);
  if (Array.isArray(value)) return value.length === 0 ? '—' : value.map(textOf).join('; ');
  const fields = value as Record<string, unknown>;
  if (typeof fields.text === 'string') {
    const flags = FLAGS.filter(([flag]) => fields[flag] === true).map(([, label]) => label);
    return flags.length > 0 ? `${fields.text} (${flags.join(', ')})` : fields.text;
  }
  if (typeof fields.outlet === 'string') return [fields.outlet, fields.url].filter(Boolean).join(' ');
  if (typeof fields.url === 'string') return fields.url;
  return JSON.stringify(value);
}

const clip = (text: string) =>
  text.length > CHANGE_TEXT_MAX ? `${text.slice(0, CHANGE_TEXT_MAX - 1)}…` : text;

/** A list's change as the items taken away and the items added; null when only their order differs. */
function listChange(before: unknown[], after: unknown[]): [string, string] | null {
  const was = before.map(textOf);
  const now = after.map(textOf);
  const gone = was.filter((item) => !now.includes(item));
  const added = now.filter((item) => !was.includes(item));
  if (gone.length === 0 && added.length === 0) return null;
  return [textOf(gone), textOf(added)];
}

/**
 * What replacing a stored record with a pack's copy changes, field by field, in the reader's terms: bookkeeping is
 * left out, lists show only what they lose and gain, and every side is clipped to a short line.
 */
export function recordChanges(stored: object, incoming: object): FieldChange[] {
  const was = stored as Record<string, unknown>;
  const now = incoming as Record<string, unknown>;
  const fields = [...new Set([...Object.keys(was), ...Object.keys(now)])].filter(
    (key) => !BOOKKEEPING.has(key),
  );
  const changes: FieldChange[] = [];
  for (const field of fields) {
    const [a, b] = [was[field], now[field]];
    const sides: [string, string] | null =
      Array.isArray(a) && Array.isArray(b) ? listChange(a, b) : [textOf(a), textOf(b)];
    if (sides === null || sides[0] === sides[1]) continue;
    changes.push({ field: labelOf(field), before: clip(sides[0]), after: clip(sides[1]) });
  }
  return changes.slice(0, CHANGES_MAX);
}
