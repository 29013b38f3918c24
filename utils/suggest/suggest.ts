import { foldKey } from '@/utils/normalize';
import type { AliasFinder } from './alias-of';
import { blockNames } from './block-names';
import type { WordTags } from './nlp-tags';
import { rankNames } from './rank';
import { isTitleCase, namesInTitleCase } from './title-case';
import type { PageText, Span, Suggestion } from './types';

/** What suggestions need besides the page: the knowledge base's hits and forms, and the tagger. */
export interface SuggestTools {
  /** Where the knowledge base's aliases match in a block (the page engine's matcher). */
  known(text: string): Span[];
  aliasOf: AliasFinder;
  tagWords(texts: readonly string[]): WordTags;
}

/** How many suggestions a page gets at most: past this they are noise to a reader. */
export const MAX_SUGGESTIONS = 15;

/**
 * The names a page mentions that the knowledge base lacks, best first: known stretches are masked, names read block
 * by block (a title-case headline only confirms names the text names too), ranked, and each checked against the
 * knowledge base for being another form of an entry. Dismissed fold keys are left out, and so is a name the knowledge
 * base spells whole (a part split off "France-KLM").
 */
export function suggestNames(
  page: PageText,
  tools: SuggestTools,
  dismissed: ReadonlySet<string> = new Set(),
): Suggestion[] {
  const plain = page.blocks.map((block) => !(block.role === 'headline' && isTitleCase(block.text)));
  const found = page.blocks.map((block, index) => blockNames(block, index, tools.known(block.text)));
  const named = found.flatMap((names, index) => (plain[index] ? names : []));
  const seen = new Set(named.flatMap((each) => [each.words.join(' '), each.words.at(-1)!].map(foldKey)));
  const occurrences = found.flatMap((names, index) =>
    plain[index] ? names : names.flatMap((each) => namesInTitleCase(each, seen)),
  );
  const tags = tools.tagWords(page.blocks.map((block) => block.text));
  const isKnown = (name: string) =>
    tools.known(name).some((span) => span.start === 0 && span.end === name.length);
  return rankNames(occurrences, tags)
    .filter((suggestion) => !dismissed.has(suggestion.key) && !isKnown(suggestion.name))
    .slice(0, MAX_SUGGESTIONS)
    .map((suggestion) => ({ ...suggestion, aliasOf: tools.aliasOf(suggestion.forms) }));
}
