import type { Hit } from '@/utils/matcher';
import { isMainText } from './page-topic';

/** What one container holds, as the gate keeps and counts it. */
export interface Held {
  texts: readonly string[];
  /** The hits as matched, one list per block, to judge again when the gate's setup changes. */
  raw: readonly (readonly Hit[])[];
  /** The hits the local rules let through. */
  hits: Hit[][];
  /** Entries with an unambiguous hit here: they confirm their needsContext hits anywhere on the page. */
  confirms: Set<number>;
  /** Of those, the ones in main-text blocks: the page's topic evidence. */
  evidence: Set<number>;
  /** Generic entries with a hit here, whose marks wait for the page to be on topic. */
  generic: Set<number>;
  /** Entries with a needsContext hit here, whose marks wait for a confirmation or the topic. */
  contextual: Set<number>;
}

/**
 * Sorts a container's hits into what the page-wide counts need, after dropping those a local rule rejects
 * (`allowed`), so a rejected hit neither shows nor confirms nor counts as evidence.
 */
export function holdings(
  texts: readonly string[],
  raw: readonly (readonly Hit[])[],
  allowed: (text: string, hit: Hit) => boolean,
): Held {
  const held: Held = {
    texts,
    raw,
    hits: raw.map((list, i) => list.filter((hit) => allowed(texts[i] ?? '', hit))),
    confirms: new Set(),
    evidence: new Set(),
    generic: new Set(),
    contextual: new Set(),
  };
  held.hits.forEach((list, i) => {
    let main: boolean | undefined;
    for (const { entry, needsContext, generic } of list) {
      if (generic) held.generic.add(entry);
      if (needsContext) {
        held.contextual.add(entry);
        continue;
      }
      held.confirms.add(entry);
      main ??= isMainText(texts[i] ?? '');
      if (main) held.evidence.add(entry);
    }
  });
  return held;
}
