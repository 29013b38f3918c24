import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { foldKey } from '@/utils/normalize';
import type { SuggestTools } from '@/utils/suggest/suggest';
import { suggestNames } from '@/utils/suggest/suggest';
import type { Suggestion } from '@/utils/suggest/types';
import type { PageAnnotations } from './page-text';
import { suggestPage } from './suggest-page';

/** Kinds of missing name the recall target counts: people and organisations (outlets are organisations). */
const COUNTED = new Set(['person', 'organisation', 'media']);
/** How many suggestions the recall target looks at, and how many the precision target judges. */
export const TOP_RECALL = 10;
export const TOP_PRECISION = 5;

/** One page's outcome: the gold names it should suggest, those its top 10 has, its top 5, and the time taken. */
export interface PageOutcome {
  file: string;
  expected: string[];
  found: string[];
  top: string[];
  /** Wall time of `suggestNames` on the page, and the process's CPU time in it (a shared machine inflates the first). */
  ms: number;
  cpuMs: number;
}

/** A role description ("Ukrainian leader", "US President") names a person without being a name. */
const isName = (text: string) =>
  /^\p{Lu}/u.test(text) && !/\s\p{Ll}+$/u.test(text) && !/President$/u.test(text);

/** The missing people and organisations a page names at least twice, with the names it uses for each. */
export function expectedNames(page: PageAnnotations): Map<string, string[]> {
  const byId = new Map<string, string[]>();
  for (const mention of page.missing) {
    if (!COUNTED.has(mention.kind) || !isName(mention.text)) continue;
    byId.set(mention.id, [...(byId.get(mention.id) ?? []), mention.text]);
  }
  return new Map([...byId].filter(([, texts]) => texts.length >= 2));
}

const words = (text: string) => foldKey(text).split(' ');
/** One name ends with the other, word for word ("Security Council" in "UN Security Council", "Dujarric"). */
function sameName(a: string, b: string): boolean {
  const [short, long] = [words(a), words(b)].sort((x, y) => x.length - y.length) as [string[], string[]];
  return short.every((word, index) => long[long.length - short.length + index] === word);
}

const suggests = (suggestion: Suggestion, names: readonly string[]) =>
  suggestion.forms.some((form) => names.some((name) => sameName(form, name)));

/** Suggests names on every annotated page of the set and reports what each top 10 holds, timed per page. */
export function evaluateSuggestions(
  annotations: readonly PageAnnotations[],
  dir: string,
  tools: SuggestTools,
): PageOutcome[] {
  return annotations.map((page) => {
    const text = suggestPage(
      readFileSync(join(dir, page.file), 'utf8'),
      page.file,
      `https://example.org/${page.file}`,
    );
    const started = performance.now();
    const cpu = process.cpuUsage();
    const suggestions = suggestNames(text, tools);
    const ms = performance.now() - started;
    const used = process.cpuUsage(cpu);
    const cpuMs = (used.user + used.system) / 1000;
    const expected = expectedNames(page);
    const top = suggestions.slice(0, TOP_RECALL);
    return {
      file: page.file,
      expected: [...expected.keys()],
      found: [...expected].filter(([, names]) => top.some((each) => suggests(each, names))).map(([id]) => id),
      top: suggestions.slice(0, TOP_PRECISION).map((each) => each.name),
      ms,
      cpuMs,
    };
  });
}
