import { matcherDataSteps } from '@/utils/matcher/compile-matcher';
import { toWire } from '@/utils/matcher/matcher-wire';
import type { Steps } from '@/utils/matcher/steps';
import { entryFactsOf } from '@/utils/mention-rules';
import type { Kb } from '@/utils/store/kb';
import type { EntryNumbering, PageMatcher } from '@/utils/store/kept-matcher';
import { type EntryNamer, entryNamer, newEpoch, numberedIds, numberingBase } from './entry-numbering';

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
 * forgotten, so the next request tries again. Builds run one after another, each numbering entries on from the
 * last (./entry-numbering.ts), and pages send entry numbers back, which `entryIds` reads.
 */
export class PageMatchers {
  #built: { version: number; ready: Promise<PageMatcher> } | null = null;
  /** The numbering the next build goes on from: the last build's, or at start the one kept. */
  #numbering: Promise<EntryNumbering | null> | null = null;
  readonly #namers = new WeakMap<PageMatcher, EntryNamer>();

  constructor(private readonly kb: () => Promise<Kb>) {}

  /** The matcher of the knowledge base as it is now. */
  async current(): Promise<PageMatcher> {
    const db = await this.kb();
    const version = await db.version();
    let built = this.#built;
    if (built?.version !== version) {
      this.#numbering ??= db.kept.numbering().catch(() => null);
      const last = this.#numbering;
      const ready = last.then((numbering) => keptOrBuilt(db, version, numbering));
      this.#numbering = ready.then(
        (matcher) => matcher.numbering,
        () => last,
      );
      const fresh = { version, ready };
      fresh.ready.catch(() => {
        if (this.#built === fresh) this.#built = null;
      });
      this.#built = built = fresh;
    }
    return built.ready;
  }

  /** The ids of the entries a page numbered `numbers` in `epoch` (it got both with its matcher). */
  async entryIds(epoch: string, numbers: readonly number[]): Promise<string[]> {
    if (numbers.length === 0) return [];
    return (await this.namer()).name(epoch, numbers);
  }

  /**
   * The epoch the current matcher numbers entries in, and its reader of numbers as ids: for a caller with several
   * lists to read against one matcher, which `entryIds` would look up once a list.
   */
  async namer(): Promise<{ epoch: string; name: EntryNamer }> {
    const matcher = await this.current();
    const name = this.#namers.get(matcher) ?? entryNamer(matcher.numbering);
    this.#namers.set(matcher, name);
    return { epoch: matcher.numbering.epoch, name };
  }
}

/**
 * The matcher kept at `version`, or else one built now and kept: the kept copy is derived, so failing to read or
 * write it costs only a build. A build that numbered entries anew is handed out only once kept, as a background
 * started again goes on from the numbering kept; one that cannot be kept gets an epoch no other background knows,
 * so no page's numbers are ever read against a numbering that gave them to other entries.
 */
async function keptOrBuilt(db: Kb, version: number, last: EntryNumbering | null): Promise<PageMatcher> {
  const kept = await db.kept.matcher(version).catch(() => null);
  if (kept) return kept;
  const built = await build(db, version, last);
  const keeping = db.kept.keepMatcher(built);
  const grew = built.numbering.epoch !== last?.epoch || built.numbering.ids.length !== last.ids.length;
  if (!grew) {
    keeping.catch((error) => console.warn('Fact Linker could not keep its page matcher', error));
    return built;
  }
  return keeping.then(
    () => built,
    (error) => {
      console.warn('Fact Linker could not keep its page matcher', error);
      return { ...built, numbering: { ...built.numbering, epoch: newEpoch() } };
    },
  );
}

/**
 * Reads and compiles the knowledge base. Tagged with the version read before the records, so a write landing
 * meanwhile leaves it older than the knowledge base, and the next request builds again.
 */
async function build(db: Kb, version: number, last: EntryNumbering | null): Promise<PageMatcher> {
  const [aliases, entries] = await Promise.all([db.aliasRecords(), db.visibleEntries()]);
  const base = numberingBase(last, entries.length);
  const data = await finishYielding(matcherDataSteps(aliases, base.ids));
  const numbers = new Map(numberedIds(data.entryIds).map((id, number) => [id, number]));
  return {
    version,
    matcher: await toWire(data),
    facts: entryFactsOf(entries, (id) => numbers.get(id)),
    numbering: { epoch: base.epoch, ids: data.entryIds },
  };
}
