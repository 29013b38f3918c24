import { escapePattern } from '@/utils/matcher/alias-pattern';
import { phrasesOf } from '@/utils/matcher/expand-pattern';
import type { Entry } from '@/utils/model';
import { foldKey } from '@/utils/normalize';
import { TITLE_WORDS } from './name-words';

/** A known entry a suggestion may be another form of. */
export interface KnownEntry {
  id: string;
  name: string;
}

/** Finds the known entry a new name is another form of, or null. */
export type AliasFinder = (forms: readonly string[]) => KnownEntry | null;

/** Shorter spellings than this are too alike by chance ("Iran"/"Iraq") for one edit to mean the same name. */
const FUZZY_FROM = 6;
/** From this length two edits still mean the same name ("Zelenskiy"/"Zelensky"). */
const TWO_EDITS_FROM = 10;
/** A word of a person's name shorter than this ("Al", "Li") does not tie a form to them. */
const SHORTEST_WORD = 3;

/** Levenshtein distance, giving up past `limit`. */
function distance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + cost);
    }
    if (Math.min(...row) > limit) return limit + 1;
    previous = row;
  }
  return previous[b.length]!;
}

const allowedEdits = (length: number) => (length >= TWO_EDITS_FROM ? 2 : length >= FUZZY_FROM ? 1 : 0);

/** A form's words without the titles before them ("Sir Keir" → "keir"). */
const nameWords = (form: string) => {
  const words = foldKey(form).split(' ');
  const from = words.findIndex((word) => !TITLE_WORDS.has(word));
  return from < 0 ? [] : words.slice(from);
};

/**
 * Indexes the knowledge base's names and aliases (each phrase of a pattern; exclusions left out) and answers, for a
 * new name's forms, the one entry they look like another form of: a spelling one or two edits away ("Zelenskyy" for
 * "Zelensky"), or, for a person, part of their name after a title, each word spelled alike ("Sir Keir" for "Keir
 * Starmer", "Zelenskyy" for "Volodymyr Zelensky"). Two candidate entries are no answer.
 */
export function aliasFinder(entries: readonly Entry[]): AliasFinder {
  const spellings = new Map<string, { key: string; entry: Entry }[]>();
  const personWords = new Map<string, Map<string, Set<Entry>>>();
  for (const entry of entries) {
    const texts = [escapePattern(entry.name), ...entry.aliases.filter((a) => !a.exclude).map((a) => a.text)];
    for (const key of new Set(texts.flatMap(phrasesOf).map(foldKey))) {
      const bucket = spellings.get(key[0]!) ?? [];
      bucket.push({ key, entry });
      spellings.set(key[0]!, bucket);
      if (entry.kind !== 'person') continue;
      for (const word of key.split(' ').filter((each) => each.length >= SHORTEST_WORD)) {
        const bucket = personWords.get(word[0]!) ?? new Map<string, Set<Entry>>();
        bucket.set(word, (bucket.get(word) ?? new Set()).add(entry));
        personWords.set(word[0]!, bucket);
      }
    }
  }
  const unique = (found: Set<Entry>): KnownEntry | null => {
    if (found.size !== 1) return null;
    const [entry] = found;
    return { id: entry!.id, name: entry!.name };
  };
  /** The people one of whose name words is this word, or one or two edits from it. */
  const ownersOf = (word: string): Set<Entry> => {
    const found = new Set<Entry>();
    const limit = allowedEdits(word.length);
    for (const [known, owners] of personWords.get(word[0]!) ?? []) {
      if (known === word || (limit > 0 && distance(word, known, limit) <= limit)) {
        for (const owner of owners) found.add(owner);
      }
    }
    return found;
  };
  return (forms) => {
    const spelled = new Set<Entry>();
    const keys = forms.map(foldKey);
    const unknown = keys.filter(
      (key) => !(spellings.get(key[0] ?? '') ?? []).some((each) => each.key === key),
    );
    for (const key of unknown) {
      const limit = allowedEdits(key.length);
      if (limit === 0) continue;
      for (const each of spellings.get(key[0] ?? '') ?? []) {
        if (distance(key, each.key, limit) <= limit) spelled.add(each.entry);
      }
    }
    if (spelled.size > 0) return unique(spelled);
    const owners = new Set<Entry>();
    for (const key of unknown) {
      const words = nameWords(key);
      if (words.length === 0 || words.some((word) => word.length < SHORTEST_WORD)) continue;
      const sets = words.map((word) => ownersOf(word));
      for (const entry of sets[0]!) if (sets.every((set) => set.has(entry))) owners.add(entry);
    }
    return unique(owners);
  };
}
