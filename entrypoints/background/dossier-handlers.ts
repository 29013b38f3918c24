import { type DossierSource, entryRefs } from '@/utils/dossier/dossier-source';
import { buildMatrix, matrixPage, type StanceMatrix } from '@/utils/dossier/matrix';
import { buildTimeline, type TimelineItem } from '@/utils/dossier/timeline';
import { filterTimeline, isWholeTimeline, timelinePage } from '@/utils/dossier/timeline-filter';
import type { Handlers } from '@/utils/protocol/router';
import { readDossierHead } from '@/utils/store/dossier-head';
import { readDossierSource } from '@/utils/store/dossier-read';
import type { Kb } from '@/utils/store/kb';

/** The requests these handlers answer; ./handlers.ts answers the rest. */
export type DossierCall = 'dossier.entryRefs' | 'dossier.timeline' | 'dossier.matrix';

/** The built dossier of one knowledge-base version: each part built the first time it is asked for. */
interface Built {
  source: DossierSource;
  timeline: () => TimelineItem[];
  matrix: () => StanceMatrix;
  /** The last filter asked for (as JSON) and the items that pass it, so paging through them filters once. */
  filtered: { key: string; items: TimelineItem[] } | null;
}

/** The most items of the whole timeline answered from its first records alone (the protocol's largest page). */
const HEAD_MOST = 500;

function once<T>(make: () => T): () => T {
  let made: { value: T } | null = null;
  return () => {
    made ??= { value: make() };
    return made.value;
  };
}

function build(source: DossierSource): Built {
  return {
    source,
    timeline: once(() => buildTimeline(source)),
    matrix: once(() => buildMatrix(source)),
    filtered: null,
  };
}

/**
 * Answers the dossier's pages. The timeline and the matrix are built from every record once per knowledge-base
 * version and kept until the next write, and the last filter's items until another filter is asked for, so paging
 * through a large knowledge base reads and filters it only once. Until that build is ready, the first pages of the
 * whole timeline are read alone (`readDossierHead`) and every entry's name from the entries alone, and the build
 * starts once such a page is answered, so the first open after a write need not wait for every record.
 */
export function createDossierHandlers(kb: () => Promise<Kb>): Pick<Handlers, DossierCall> {
  let kept: { version: number; built: Promise<Built>; ready: Built | null } | null = null;
  const current = async (): Promise<Built> => {
    const db = await kb();
    const version = await db.version();
    if (kept?.version !== version) {
      const built = db.read(readDossierSource).then(({ source }) => build(source));
      const entry: NonNullable<typeof kept> = { version, built, ready: null };
      kept = entry;
      built.then(
        (ready) => {
          entry.ready = ready;
        },
        () => {
          if (kept === entry) kept = null;
        },
      );
    }
    return kept.built;
  };
  /** The dossier built for the stored version, if it is ready; null while it is not (none is started). */
  const ready = async (): Promise<{ db: Kb; built: Built | null }> => {
    const db = await kb();
    const version = await db.version();
    return { db, built: kept?.version === version ? kept.ready : null };
  };
  return {
    'dossier.entryRefs': async () => {
      const { db, built } = await ready();
      return [...entryRefs(built ? built.source.entries : await db.entries()).values()];
    },
    'dossier.timeline': async ({ filter, offset, limit }) => {
      if (isWholeTimeline(filter) && offset + limit <= HEAD_MOST) {
        const { db, built } = await ready();
        if (!built) {
          const head = await db.read((tx) => readDossierHead(tx, offset + limit));
          setTimeout(() => current().catch(() => undefined), 0);
          return { ...timelinePage(buildTimeline(head.source), offset, limit), total: head.total };
        }
      }
      const dossier = await current();
      const key = JSON.stringify(filter);
      if (dossier.filtered?.key !== key)
        dossier.filtered = { key, items: filterTimeline(dossier.timeline(), filter) };
      return timelinePage(dossier.filtered.items, offset, limit);
    },
    'dossier.matrix': async ({ offset, limit }) => matrixPage((await current()).matrix(), offset, limit),
  };
}
