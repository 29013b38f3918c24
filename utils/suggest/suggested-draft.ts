import { escapePattern } from '@/utils/matcher/alias-pattern';
import { phrasesOf } from '@/utils/matcher/expand-pattern';
import { type Alias, blankEntry, type Kind } from '@/utils/model';
import { foldKey } from '@/utils/normalize';
import { httpUrl } from '@/utils/safe-url';
import type { EntryDraft } from '@/utils/store/save-draft';
import type { GuessedKind, Suggestion } from './types';

/** The entry kind a guess prefills; a place or a bare name leaves the kind for the reader to choose. */
const KIND_OF: Record<GuessedKind, Kind | ''> = {
  person: 'person',
  organisation: 'organisation',
  media: 'media',
  place: '',
  name: '',
};

const UNSTAMPED = { createdAt: 0, updatedAt: 0, rev: 0 };

const plainAlias = (text: string): Alias => ({
  text: escapePattern(text),
  caseSensitive: false,
  needsContext: false,
});

/** The page a suggestion was read on, as a new entry's first fact cites it. */
export interface SeenOn {
  title: string;
  url: string;
}

/**
 * The unsaved entry one click on a suggestion opens in the editor: its name, the guessed kind, every form the page
 * used as an alias (escaped, so brackets stay literal), and a first fact "Mentioned in <title>" dated today with the
 * page as its source. The reader reviews it before saving.
 */
export function suggestedDraft(
  suggestion: Suggestion,
  page: SeenOn,
  today: string,
  newId: () => string = () => crypto.randomUUID(),
): EntryDraft {
  const id = newId();
  const safe = httpUrl(page.url);
  const host = safe === null ? null : new URL(safe).hostname;
  const title = page.title.trim() || host || 'this page';
  const entry = {
    ...blankEntry(id, KIND_OF[suggestion.kind] as Kind, suggestion.name),
    aliases: suggestion.forms.map(plainAlias),
  };
  const fact = {
    ...UNSTAMPED,
    id: newId(),
    date: today,
    text: `Mentioned in ${title}`,
    entryIds: [id],
    source: { outlet: host ?? title, url: host ? page.url : null, title: page.title.trim() || null },
  };
  return { entry, facts: [fact], stances: [] };
}

/** A stored entry's draft with the forms it does not spell yet added as plain aliases: "add as an alias of …". */
export function withAliases(draft: EntryDraft, forms: readonly string[]): EntryDraft {
  const spelled = new Set(
    [escapePattern(draft.entry.name), ...draft.entry.aliases.map((alias) => alias.text)]
      .flatMap(phrasesOf)
      .map(foldKey),
  );
  const added = forms.filter((form, index) => !spelled.has(foldKey(form)) && forms.indexOf(form) === index);
  return { ...draft, entry: { ...draft.entry, aliases: [...draft.entry.aliases, ...added.map(plainAlias)] } };
}
