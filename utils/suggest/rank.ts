import { foldKey } from '@/utils/normalize';
import { CONNECTORS, MEDIA_HEADS, ORGANISATION_HEADS } from './name-words';
import type { WordTags } from './nlp-tags';
import type { BlockRole, GuessedKind, NameTag, Occurrence, Suggestion } from './types';

/** How much one mention weighs by where it stands: a headline or a first paragraph says what the page is about. */
const WEIGHT: Record<BlockRole, number> = { headline: 3, lead: 2, body: 1 };

interface Group {
  key: string;
  occurrences: Occurrence[];
}

const keyOf = (words: readonly string[]) => foldKey(words.join(' '));

function grouped(occurrences: readonly Occurrence[]): Map<string, Group> {
  const groups = new Map<string, Group>();
  for (const occurrence of occurrences) {
    const key = keyOf(occurrence.words);
    const group = groups.get(key) ?? { key, occurrences: [] };
    group.occurrences.push(occurrence);
    groups.set(key, group);
  }
  return groups;
}

/** "Trump-Putin" counts for Trump and Putin when either is named on its own elsewhere; "Ferrand-Prevot" stays whole. */
function splitJoined(occurrences: readonly Occurrence[]): Occurrence[] {
  const joined = (each: Occurrence) => each.words.length === 1 && each.form.includes('-');
  const alone = new Set(occurrences.filter((each) => !joined(each)).map((each) => keyOf(each.words)));
  return occurrences.flatMap((occurrence) => {
    const parts = joined(occurrence) ? occurrence.form.split('-') : [];
    if (parts.length < 2 || !parts.some((part) => alone.has(foldKey(part)))) return [occurrence];
    return parts.map((part) => ({ ...occurrence, form: part, words: [part], initial: false }));
  });
}

/**
 * Cuts what the tagger says is not part of the name: ordinary words opening a sentence ("Following Apple"), words
 * before a person's full name ("Middle East Steve Witkoff"), and ordinary words after it ("Cannes for the Iranian").
 */
function trimmed(occurrence: Occurrence, tags: WordTags): Occurrence | null {
  const { words } = occurrence;
  let from = 0;
  let to = words.length;
  if (occurrence.initial) while (from < to && tags.wordTag(words[from]!) === 'common') from++;
  const person = words.findIndex((word) => tags.wordTag(word) === 'person');
  if (person > from && to - person >= 2) from = person;
  let tail = to;
  while (tail > from && tags.wordTag(words[tail - 1]!) === 'common') tail--;
  if (tail < to && CONNECTORS.has(words[tail - 1] ?? '')) {
    to = tail;
    while (to > from && CONNECTORS.has(words[to - 1]!)) to--;
  }
  if (from === to) return null;
  if (from === 0 && to === words.length) return occurrence;
  const kept = words.slice(from, to);
  const start = occurrence.form.indexOf(kept[0]!);
  const end = occurrence.form.lastIndexOf(kept.at(-1)!) + kept.at(-1)!.length;
  const form = start >= 0 && end > start ? occurrence.form.slice(start, end) : kept.join(' ');
  return { ...occurrence, form, words: kept, initial: occurrence.initial && from === 0 };
}

/** A surname alone joins the one full name on the page that ends with it ("Medinsky" → "Vladimir Medinsky"). */
function mergeSurnames(groups: Map<string, Group>): Group[] {
  const full = [...groups.values()].filter((group) => group.occurrences[0]!.words.length > 1);
  const merged: Group[] = [];
  for (const group of groups.values()) {
    const words = group.occurrences[0]!.words;
    const owners = words.length === 1 ? full.filter((other) => other.key.endsWith(` ${group.key}`)) : [];
    if (owners.length === 1) owners[0]!.occurrences.push(...group.occurrences);
    else merged.push(group);
  }
  return merged;
}

function guessKind(words: readonly string[], tag: NameTag, titled: boolean): GuessedKind {
  const last = words.at(-1)!.toLowerCase();
  if (MEDIA_HEADS.has(last)) return 'media';
  if (ORGANISATION_HEADS.has(last) || tag === 'organisation') return 'organisation';
  if (titled || tag === 'person') return 'person';
  if (words.length === 1 && /^\p{Lu}{2,}$/u.test(words[0]!)) return 'organisation';
  return tag === 'place' ? 'place' : 'name';
}

/** The most telling form: the one with most words, then the most frequent. */
function nameOf(occurrences: readonly Occurrence[]): Occurrence {
  const counts = new Map<string, number>();
  for (const each of occurrences) counts.set(each.form, (counts.get(each.form) ?? 0) + 1);
  return [...occurrences].sort(
    (a, b) => b.words.length - a.words.length || counts.get(b.form)! - counts.get(a.form)!,
  )[0]!;
}

/**
 * Groups a page's unknown names by their folded form, folds surnames into full names and joined pairs into their
 * parts, drops what is only ever a capitalised sentence opener the tagger calls ordinary, and ranks the rest by
 * mentions weighted by prominence, favouring what the tagger or a title says is a name. Best first.
 */
export function rankNames(occurrences: readonly Occurrence[], tags: WordTags): Omit<Suggestion, 'aliasOf'>[] {
  const names = occurrences.flatMap((each) => trimmed(each, tags) ?? []);
  const groups = mergeSurnames(grouped(splitJoined(names)));
  const ranked = groups.flatMap((group) => {
    const best = nameOf(group.occurrences);
    const tag = tags.tagOf(best.words);
    const titled = group.occurrences.some((each) => each.titled);
    const onlyOpeners = group.occurrences.every((each) => each.initial && each.words.length === 1);
    const generic = best.words.length === 1 && ORGANISATION_HEADS.has(group.key);
    if (generic || tag === 'common' || (onlyOpeners && tag === null && !titled)) return [];
    const weight = group.occurrences.reduce((sum, each) => sum + WEIGHT[each.role], 0);
    const named = titled || tag !== null;
    const score = weight * (named ? 1.5 : 1) + (best.words.length > 1 ? 0.5 : 0);
    const forms = [...new Set(group.occurrences.map((each) => each.form))];
    const first = Math.min(...group.occurrences.map((each) => each.block));
    return [
      {
        key: keyOf(best.words),
        name: best.form,
        forms,
        count: group.occurrences.length,
        score,
        kind: guessKind(best.words, tag, titled),
        first,
      },
    ];
  });
  ranked.sort((a, b) => b.score - a.score || b.count - a.count || a.first - b.first);
  return ranked.map(({ first: _, ...suggestion }) => suggestion);
}
