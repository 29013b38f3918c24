import { matcherDataSteps } from '@/utils/matcher/compile-matcher';
import { toWire } from '@/utils/matcher/matcher-wire';
import type { Steps } from '@/utils/matcher/steps';
import { entryFactsOf } from '@/utils/mention-rules';
import type { Kb } from '@/utils/store/kb';
import type { PageMatcher } from '@/utils/store/kept-matcher';

/**
 * Whether the failure links travel to pages. Chromium's extension messaging carried about 20 MB a second here even as
 * structured clones, so leaving the links out and rebuilding them in each page brought the first highlight at 50,000
 * entries from 305 to 270 ms; Firefox's is fast enough that the rebuild (10-16 ms at 10,000 entries) only cost.
 */
const SEND_LINKS = import.meta.env.FIREFOX === true;

/**
 * Up to this many trie nodes Chromium's pages get the links too: three bytes a node, at most 12 KB on a wire that
 * stays small enough not to be deflated. A page rebuilds them in code it has not yet optimised, and with the starter
 * pack (2,330 nodes) that was most of the unpacking: 11.3 against 6.8 ms a load with the links sent (BENCHMARKS.md).
 * Larger bases, whose links would push the wire into deflating (the starter and 2025-2026 packs together: 8,285
 * nodes), were not measured and keep rebuilding.
 */
export const LINKED_NODES_MAX = 4_096;

/** Whether a matcher of `nodes` trie nodes travels with its failure links. */
const sendsLinks = (nodes: number): boolean => SEND_LINKS || nodes <= LINKED_NODES_MAX;

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
    matcher: await toWire(data, { links: sendsLinks(data.automaton.count) }),
    facts: entryFactsOf(entries),
  };
}
