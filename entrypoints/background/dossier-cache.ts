import type { DossierSource, StanceSource } from '@/utils/dossier/dossier-source';
import { buildMatrix, type StanceMatrix } from '@/utils/dossier/matrix';
import { buildTimeline, type TimelineItem } from '@/utils/dossier/timeline';
import type { Entry } from '@/utils/model';
import { readDossierSource } from '@/utils/store/dossier-read';
import type { Kb } from '@/utils/store/kb';

/** The dossier built from every record of one knowledge-base version; its timeline is built when first asked for. */
export interface BuiltDossier {
  source: DossierSource;
  timeline: () => TimelineItem[];
  /** The last filter asked for (as JSON) and the items that pass it, so paging through them filters once. */
  filtered: { key: string; items: TimelineItem[] } | null;
}

/** The background's one dossier, kept until the next write. */
export interface DossierCache {
  /** The dossier of the stored version, built once: a build under way or done is shared. */
  built(): Promise<BuiltDossier>;
  /** The stored version's dossier if its build is done, else null (and none is started). */
  ready(): Promise<BuiltDossier | null>;
  /** Every stored entry: from the stored version's build, which reads them first, or else read alone. */
  entries(): Promise<readonly Entry[]>;
  /** The stored version's stance matrix, built once from the build's entries and stances, before its facts are in. */
  matrix(): Promise<StanceMatrix>;
}

/** A part of a build: settled when the read hands it on, failed when the read fails. */
interface Part<T> {
  promise: Promise<T>;
  settle: (value: T) => void;
  fail: (error: unknown) => void;
}

function part<T>(): Part<T> {
  let settle: (value: T) => void = () => undefined;
  let fail: (error: unknown) => void = () => undefined;
  const promise = new Promise<T>((resolve, reject) => {
    settle = resolve;
    fail = reject;
  });
  promise.catch(() => undefined);
  return { promise, settle, fail };
}

/** One version's build, from the moment its read starts. */
interface Kept {
  version: number;
  entries: Promise<Entry[]>;
  matrix: () => Promise<StanceMatrix>;
  built: Promise<BuiltDossier>;
  ready: BuiltDossier | null;
}

function once<T>(make: () => T): () => T {
  let made: { value: T } | null = null;
  return () => {
    made ??= { value: make() };
    return made.value;
  };
}

function prepare(source: DossierSource): BuiltDossier {
  return { source, timeline: once(() => buildTimeline(source)), filtered: null };
}

/**
 * Keeps the dossier built from every record for one knowledge-base version (the write counter), so a write shows on
 * the next request and nothing is built twice for one version; a build that fails is forgotten, so the next request
 * tries again.
 */
export function createDossierCache(kb: () => Promise<Kb>): DossierCache {
  let kept: Kept | null = null;
  const stored = async () => {
    const db = await kb();
    return { db, version: await db.version() };
  };
  const keptAt = (version: number) => (kept?.version === version ? kept : null);
  const start = (db: Kb, version: number): Kept => {
    const entries = part<Entry[]>();
    const stances = part<StanceSource>();
    const built = db
      .read((tx) => readDossierSource(tx, { entries: entries.settle, stances: stances.settle }))
      .then(prepare);
    const matrix = once(() => stances.promise.then(buildMatrix));
    const made: Kept = { version, entries: entries.promise, matrix, built, ready: null };
    built.then(
      (value) => {
        made.ready = value;
      },
      (error) => {
        entries.fail(error);
        stances.fail(error);
        if (kept === made) kept = null;
      },
    );
    kept = made;
    return made;
  };
  const current = async () => {
    const { db, version } = await stored();
    return keptAt(version) ?? start(db, version);
  };
  return {
    built: async () => (await current()).built,
    ready: async () => keptAt((await stored()).version)?.ready ?? null,
    entries: async () => {
      const { db, version } = await stored();
      return keptAt(version)?.entries ?? db.entries();
    },
    matrix: async () => (await current()).matrix(),
  };
}
