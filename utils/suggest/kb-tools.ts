import { compileMatcher } from '@/utils/matcher';
import type { Entry } from '@/utils/model';
import { aliasRecordsOf } from '@/utils/store/alias-records';
import { aliasFinder } from './alias-of';
import { tagWords } from './nlp-tags';
import type { SuggestTools } from './suggest';

/**
 * The tools suggestions need, built from the knowledge base's entries: the page engine's own matcher (so what is
 * highlighted is never suggested), the alias finder, and the NLP tagger. Built once per knowledge-base version.
 */
export function suggestTools(entries: Entry[]): SuggestTools {
  const matcher = compileMatcher(aliasRecordsOf(entries));
  return {
    known: (text) => matcher.find(text).map(({ start, end }) => ({ start, end })),
    aliasOf: aliasFinder(entries),
    tagWords,
  };
}
