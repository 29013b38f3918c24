import { t } from '@/utils/i18n/t';
import { type Entry, type Family, familyOf } from '@/utils/model';
import { MAX_ENTRY_PHRASES, patternPhraseCount } from '@/utils/schema/pattern-rules';
import { type AliasOwners, aliasKeys, aliasOwners, aliasRepeats, ownersWarning } from './alias-owners';
import type { EntryForm } from './entry-form';
import { checkAliasWords, checkDate, checkUrl, checkVisibleText, hasHtml } from './field-checks';

/** Errors block saving; warnings (an alias shared with another entry) only inform. */
export interface Issue {
  level: 'error' | 'warning';
  message: string;
}

/** Issues by field path, e.g. `name`, `aliases.0.text`, `facts.2.date`, `stances.1.source.url`. */
export type DraftIssues = Record<string, Issue>;

/** What validation needs to know about the rest of the knowledge base. */
export interface DraftContext {
  /** The edited entry's id, or null for a new entry. */
  selfId: string | null;
  entriesById: ReadonlyMap<string, Entry>;
  owners: AliasOwners;
}

/** What validation needs about the knowledge base, built once per entries array. */
export function buildDraftContext(entries: readonly Entry[], selfId: string | null): DraftContext {
  return {
    selfId,
    entriesById: new Map(entries.map((entry) => [entry.id, entry])),
    owners: aliasOwners(entries),
  };
}

/**
 * Every problem in the form, by field path. Errors: missing name or kind, empty rows, impossible dates,
 * non-http(s) URLs, HTML in text, stance targets of the wrong family, names and aliases the store refuses (hidden
 * direction marks, invisible only, no letter or digit, a lone letter, a common word not kept to its capitals; a
 * malformed pattern, one with such a phrase, too many phrases for the alias or, together, for the entry). Warnings:
 * an alias (or a phrase of a pattern) that another entry also uses, compared with foldKey as the matcher does, or
 * that this entry already matches (NATO and Nato, both keeping their case, are two); an exclusion is only checked
 * against this entry's own aliases, as it never highlights and so cannot clash with another entry.
 */
export function validateDraft(form: EntryForm, context: DraftContext): DraftIssues {
  const issues: DraftIssues = {};
  const error = (path: string, message: string) => {
    issues[path] ??= { level: 'error', message };
  };
  const text = (path: string, value: string, required?: string) => {
    if (required !== undefined && value.trim() === '') error(path, required);
    if (hasHtml(value)) error(path, t('no_html'));
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

  text('name', form.name, t('need_name'));
  visible('name', form.name, t('need_name'));
  if (form.kind === '') error('kind', t('need_kind'));
  text('role', form.role);
  text('summary', form.summary);
  text('caveat', form.caveat);
  text('tags', form.tags);

  const repeats = aliasRepeats();
  let phrases = 0;
  form.aliases.forEach((alias, index) => {
    const path = `aliases.${index}.text`;
    text(path, alias.text, t('need_alias'));
    visible(path, alias.text, t('need_alias'));
    const refused = issues[path] ? null : checkAliasWords(alias);
    if (refused) error(path, refused);
    if (issues[path]) return;
    const before = phrases;
    phrases += patternPhraseCount([alias]);
    if (phrases > MAX_ENTRY_PHRASES && before <= MAX_ENTRY_PHRASES)
      error(path, t('too_many_phrases', MAX_ENTRY_PHRASES));
    const keys = aliasKeys(alias.text);
    if (keys.length === 0 || issues[path]) return;
    if (repeats(alias)) issues[path] = { level: 'warning', message: t('listed_twice') };
    if (alias.exclude) return;
    const shared = ownersWarning(keys, context.owners, context.selfId);
    if (shared) issues[path] ??= { level: 'warning', message: shared };
  });

  form.links.forEach((link, index) => {
    text(`links.${index}.title`, link.title);
    url(`links.${index}.url`, link.url, t('need_link'));
  });

  form.facts.forEach((fact, index) => {
    date(`facts.${index}.date`, fact.date, t('need_fact_date'));
    text(`facts.${index}.text`, fact.text, t('need_fact_text'));
    text(`facts.${index}.source.outlet`, fact.outlet, t('need_source'));
    url(`facts.${index}.source.url`, fact.url);
  });

  const want: Family | null =
    form.kind === '' ? null : familyOf(form.kind) === 'actor' ? 'proposal' : 'actor';

  form.stances.forEach((stance, index) => {
    const path = `stances.${index}.otherId`;
    const other = context.entriesById.get(stance.otherId);
    if (stance.otherId === '' || other === undefined) error(path, t(want ? `choose_${want}` : 'choose_any'));
    else if (want !== null && familyOf(other.kind) !== want) error(path, t(`not_${want}`, other.name));
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
