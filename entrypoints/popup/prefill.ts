import { escapePattern } from '@/utils/matcher/alias-pattern';
import { blankEntry, type Entry, type Fact, type Kind } from '@/utils/model';
import { httpUrl } from '@/utils/safe-url';
import type { EntryDraft } from '@/utils/store/save-draft';
import type { Prefill } from './route';

const UNSTAMPED = { createdAt: 0, updatedAt: 0, rev: 0 };

/** Today as `YYYY-MM-DD` in the reader's time zone, the date a fact read today gets. */
export function localDate(now: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * The unsaved records a prefilled new-entry form starts from: the selection as name and first alias (escaped, so
 * brackets in it stay literal rather than read as a pattern), and one fact dated today whose source is the page
 * (title and URL) with the statement left for the reader. The kind stays unchosen ('' is the form's "Choose a
 * kind…") because a selection alone can't tell a person from a proposal.
 */
export function prefilledSource(
  prefill: Prefill,
  today: string,
  newId: () => string = () => crypto.randomUUID(),
): EntryDraft {
  const id = newId();
  const entry: Entry = {
    ...blankEntry(id, '' as Kind, prefill.name),
    aliases: prefill.name
      ? [{ text: escapePattern(prefill.name), caseSensitive: false, needsContext: false }]
      : [],
  };
  const url = httpUrl(prefill.url);
  const outlet = prefill.title || (url ? new URL(url).hostname : '');
  const fact: Fact = {
    ...UNSTAMPED,
    id: newId(),
    date: today,
    text: '',
    entryIds: [id],
    source: { outlet, url, title: prefill.title || null },
  };
  return { entry, facts: outlet || url ? [fact] : [], stances: [] };
}
