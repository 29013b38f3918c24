import { matcherDataSteps } from '@/utils/matcher/compile-matcher';
import { toWire } from '@/utils/matcher/matcher-wire';
import type { Steps } from '@/utils/matcher/steps';
import { deflateFromFor } from '@/utils/matcher/wire-policy';
import { entryFactsOf } from '@/utils/mention-rules';
import type { Kb } from '@/utils/store/kb';
import type { PageMatcher } from '@/utils/store/kept-matcher';

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
 * and compile its own automaton on each load. Each one compiled is kept in the database, so a background started
 * again (Chromium stops an idle service worker within a minute) reads it instead of every entry. A failed build is
 * forgotten, so the next request tries again.
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
      const fresh = { version, ready: keptOrBuilt(db, version) };
      fresh.ready.catch(() => {
        if (this.#built === fresh) this.#built = null;
      });
      this.#built = built = fresh;
    }
    return built.ready;
  }
}

/**
 * The matcher kept at `version`, or else one built now and kept: the kept copy is derived, so failing to read or
 * write it costs only a build.
 */
async function keptOrBuilt(db: Kb, version: number): Promise<PageMatcher> {
  const kept = await db.kept.matcher(version).catch(() => null);
  if (kept) return kept;
  const built = await build(db, version);
  db.kept
    .keepMatcher(built)
    .catch((error) => console.warn('Fact Linker could not keep its page matcher', error));
  return built;
}

/**
 * Reads and compiles the knowledge base. Tagged with the version read before the records, so a write landing
 * meanwhile leaves it older than the knowledge base, and the next request builds again.
 */
async function build(db: Kb, version: number): Promise<PageMatcher> {
  const [aliases, entries] = await Promise.all([db.aliasRecords(), db.visibleEntries()]);
  const data = await finishYielding(matcherDataSteps(aliases));
  return {
    version,
    matcher: await toWire(data, deflateFromFor(import.meta.env.FIREFOX === true)),
    facts: entryFactsOf(entries),
  };
}
