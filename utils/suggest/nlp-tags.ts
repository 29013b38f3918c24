import nlp from 'compromise';
import type { NameTag } from './types';

/** What the NLP library made of the page's words, asked word by word or for a whole name. */
export interface WordTags {
  /** The tag of a name's words: a person if any word is one, else what its last word is. */
  tagOf(words: readonly string[]): NameTag;
  /** The tag of one word. */
  wordTag(word: string): NameTag;
}

/** Tags of ordinary words: a capitalised word with one of these and no name tag is no name ("However", "Russian"). */
const COMMON = [
  'Verb',
  'Adjective',
  'Adverb',
  'Conjunction',
  'Determiner',
  'Preposition',
  'Pronoun',
  'Date',
  'Demonym',
  'Value',
];
const NAME_TAGS: [string, NameTag][] = [
  ['Person', 'person'],
  ['Organization', 'organisation'],
  ['Place', 'place'],
];
/** A name tag beats a common one when the same word is tagged both ways on one page. */
const RANK: Record<string, number> = { person: 3, organisation: 2, place: 1, common: 0 };

const wordKey = (word: string) =>
  word
    .toLowerCase()
    .replace(/['’]s$/u, '')
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');

function tagOfTerm(tags: ReadonlySet<string>): NameTag {
  for (const [tag, name] of NAME_TAGS) if (tags.has(tag)) return name;
  if (tags.has('Demonym')) return 'common';
  if (tags.has('ProperNoun')) return null;
  return tags.has('Plural') || COMMON.some((tag) => tags.has(tag)) ? 'common' : null;
}

/**
 * Runs `compromise` (an offline English tagger) once over the page's text and keeps, per word, the strongest tag
 * it was given anywhere on the page: the rules in this folder decide what a name is, and this only says whether a
 * capitalised word looked like a person, an organisation, a place, or an ordinary word.
 */
export function tagWords(texts: readonly string[]): WordTags {
  const byWord = new Map<string, NameTag>();
  for (const term of nlp(texts.join('\n\n')).docs.flat()) {
    const key = wordKey(term.text);
    const tag = tagOfTerm(term.tags ?? new Set());
    if (key === '' || tag === null) continue;
    const before = byWord.get(key);
    if (before === undefined || RANK[tag]! > RANK[before ?? 'common']!) byWord.set(key, tag);
  }
  const wordTag = (word: string) => byWord.get(wordKey(word)) ?? null;
  return {
    wordTag,
    tagOf(words) {
      const tags = words.map(wordTag);
      if (tags.includes('person')) return 'person';
      if (words.length === 1) return tags[0] ?? null;
      const last = tags.at(-1) ?? null;
      return last === 'common' ? null : last;
    },
  };
}
