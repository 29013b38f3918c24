import { type Entry, type Family, familyOf } from '@/utils/model';
import { foldKey } from '@/utils/normalize';
import type { EntryForm } from './entry-form';
import { checkAliasWords, checkDate, checkUrl, checkVisibleText, hasHtml } from './field-checks';

/** Errors block saving; warnings (an alias shared with another entry) only inform. */
export interface Issue {
  level: 'error' | 'warning';
  message: string;
}

/** Issues by field path, e.g. `name`, `aliases.0.text`, `facts.2.date`, `stances.1.source.url`. */
export type DraftIssues = Record<string, Issue>;

/** Who already uses a folded alias or name: built once per entries array so each keystroke only does lookups. */
export type AliasOwners = ReadonlyMap<string, readonly { id: string; name: string; via: 'alias' | 'name' }[]>;

/** What validation needs to know about the rest of the knowledge base. */
export interface DraftContext {
  /** The edited entry's id, or null for a new entry. */
  selfId: string | null;
  entriesById: ReadonlyMap<string, Entry>;
  owners: AliasOwners;
}

/**
 * Indexes every entry's folded name and aliases, for the "Also an alias of …" warning. Exclusions are left out: they
 * name no entry, and a real alias spelled like one wins over it in the matcher.
 */
export function buildDraftContext(entries: readonly Entry[], selfId: string | null): DraftContext {
  const owners = new Map<string, { id: string; name: string; via: 'alias' | 'name' }[]>();
  const add = (key: string, owner: { id: string; name: string; via: 'alias' | 'name' }) => {
    const list = owners.get(key);
    if (!list) owners.set(key, [owner]);
    else if (!list.some((known) => known.id === owner.id)) list.push(owner);
  };
  for (const entry of entries) {
    for (const alias of entry.aliases)
      if (!alias.exclude) add(foldKey(alias.text), { id: entry.id, name: entry.name, via: 'alias' });
    add(foldKey(entry.name), { id: entry.id, name: entry.name, via: 'name' });
  }
  return { selfId, entriesById: new Map(entries.map((entry) => [entry.id, entry])), owners };
}

const names = new Intl.ListFormat('en', { type: 'conjunction' });

function ownersMessage(owners: readonly { name: string }[], what: string): string {
  const shown = owners.slice(0, 3).map((owner) => owner.name);
  if (owners.length > 3) shown.push(`${owners.length - 3} more`);
  return `Also ${what} ${names.format(shown)}`;
}

/**
 * Every problem in the form, by field path. Errors: missing name or kind, empty rows, impossible dates,
 * non-http(s) URLs, HTML in text, stance targets of the wrong family, names and aliases the store refuses (hidden
 * direction marks, invisible only, no letter or digit, a lone letter, a common word not kept to its capitals). Warnings: an alias that another entry
 * (or this one, twice) also uses, compared with foldKey as the matcher does; an exclusion is only checked against
 * this entry's own aliases, as it never highlights and so cannot clash with another entry.
 */
export function validateDraft(form: EntryForm, context: DraftContext): DraftIssues {
  const issues: DraftIssues = {};
  const error = (path: string, message: string) => {
    issues[path] ??= { level: 'error', message };
  };
  const text = (path: string, value: string, required?: string) => {
    if (required !== undefined && value.trim() === '') error(path, required);
    if (hasHtml(value)) error(path, "Text can't contain HTML tags");
  };
  const visible = (path: string, value: string, required: string) => {
    const problem = checkVisibleText(value, required);
    if (problem) error(path, problem);
  };
  const url = (path: string, value: string, required?: string) => {
    if (value.trim() === '') {
      if (required !== undefined) error(path, required);
      return;
    }
    const problem = checkUrl(value.trim());
    if (problem) error(path, problem);
  };
  const date = (path: string, value: string, required?: string) => {
    if (value.trim() === '') {
      if (required !== undefined) error(path, required);
      return;
    }
    const problem = checkDate(value.trim());
    if (problem) error(path, problem);
  };

  text('name', form.name, 'Enter a name');
  visible('name', form.name, 'Enter a name');
  if (form.kind === '') error('kind', 'Choose a kind');
  text('role', form.role);
  text('summary', form.summary);
  text('caveat', form.caveat);
  text('tags', form.tags);

  const seen = new Set<string>();
  form.aliases.forEach((alias, index) => {
    const path = `aliases.${index}.text`;
    text(path, alias.text, 'Enter the alias or remove it');
    visible(path, alias.text, 'Enter the alias or remove it');
    const refused = issues[path] ? null : checkAliasWords(alias);
    if (refused) error(path, refused);
    const key = foldKey(alias.text);
    if (key === '' || issues[path]) return;
    if (seen.has(key)) issues[path] = { level: 'warning', message: 'Listed twice for this entry' };
    seen.add(key);
    if (alias.exclude) return;
    const others = (context.owners.get(key) ?? []).filter((owner) => owner.id !== context.selfId);
    const viaAlias = others.filter((owner) => owner.via === 'alias');
    const viaName = others.filter((owner) => owner.via === 'name');
    const parts = [
      ...(viaAlias.length > 0 ? [ownersMessage(viaAlias, 'an alias of')] : []),
      ...(viaName.length > 0 ? [ownersMessage(viaName, 'the name of')] : []),
    ];
    if (parts.length > 0) issues[path] ??= { level: 'warning', message: parts.join('; ') };
  });

  form.links.forEach((link, index) => {
    text(`links.${index}.title`, link.title);
    url(`links.${index}.url`, link.url, 'Enter the link address or remove the link');
  });

  form.facts.forEach((fact, index) => {
    date(`facts.${index}.date`, fact.date, 'Enter a date (YYYY, YYYY-MM or YYYY-MM-DD)');
    text(`facts.${index}.text`, fact.text, 'Enter what happened or was said');
    text(`facts.${index}.source.outlet`, fact.outlet, 'Name the source');
    url(`facts.${index}.source.url`, fact.url);
  });

  const want: Family | null =
    form.kind === '' ? null : familyOf(form.kind) === 'actor' ? 'proposal' : 'actor';
  const wantLabel = want === 'actor' ? 'an actor' : want === 'proposal' ? 'a proposal' : 'the other entry';
  form.stances.forEach((stance, index) => {
    const path = `stances.${index}.otherId`;
    const other = context.entriesById.get(stance.otherId);
    if (stance.otherId === '' || other === undefined) error(path, `Choose ${wantLabel}`);
    else if (want !== null && familyOf(other.kind) !== want) error(path, `${other.name} is not ${wantLabel}`);
    date(`stances.${index}.date`, stance.date);
    text(`stances.${index}.note`, stance.note);
    text(`stances.${index}.source.outlet`, stance.outlet);
    url(`stances.${index}.source.url`, stance.url);
  });
  return issues;
}

/** Whether any issue blocks saving. */
export function hasErrors(issues: DraftIssues): boolean {
  return Object.values(issues).some((issue) => issue.level === 'error');
}
