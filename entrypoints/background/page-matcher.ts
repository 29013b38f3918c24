import { matcherDataSteps } from '@/utils/matcher/compile-matcher';
import { type MatcherWire, toWire } from '@/utils/matcher/matcher-wire';
import type { Steps } from '@/utils/matcher/steps';
import { type EntryFacts, entryFactsOf } from '@/utils/mention-rules';
import type { Kb } from '@/utils/store/kb';

/** What a page needs to find mentions: the compiled matcher, the entries' topic facts, and their version. */
export interface PageMatcher {
  version: number;
  matcher: MatcherWire;
  facts: EntryFacts;
}

/** Building work done between two turns of the background's event loop, so requests are answered meanwhile. */
const SLICE_MS = 8;

/** Runs stepped work to its end, giving the event loop a turn every few milliseconds. */
async function finishYielding<T>(steps: Steps<T>): Promise<T> {
  for (let began = performance.now(); ; ) {
    const result = steps.next();
    if (result.done) return result.value;
    if (performance.now() - began >= SLICE_MS) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      began = performance.now();
    }
  }
}

/**
 * Compiles the page matcher once per knowledge-base version, in the background, and hands every page the same
 * packed copy: a page then only unpacks it, where it used to receive every alias (3.9 MB of JSON at 10,000 entries)
 * and compile its own automaton on each load. A failed build is forgotten, so the next request tries again.
 */
export class PageMatchers {
  #built: { version: number; ready: Promise<PageMatcher> } | null = null;

  constructor(private readonly kb: () => Promise<Kb>) {}

  /** The matcher of the knowledge base as it is now. */
  async current(): Promise<PageMatcher> {
    const db = await this.kb();
    const version = await db.version();
    let built = this.#built;
    if (built?.version !== version) {
      const fresh = { version, ready: build(db, version) };
      fresh.ready.catch(() => {
        if (this.#built === fresh) this.#built = null;
      });
      this.#built = built = fresh;
    }
    return built.ready;
  }
}

/**
 * Reads and compiles the knowledge base. Tagged with the version read before the records, so a write landing
 * meanwhile leaves it older than the knowledge base, and the next request builds again.
 */
async function build(db: Kb, version: number): Promise<PageMatcher> {
  const [aliases, entries] = await Promise.all([db.aliasRecords(), db.visibleEntries()]);
  const data = await finishYielding(matcherDataSteps(aliases));
  return { version, matcher: toWire(data), facts: entryFactsOf(entries) };
}
