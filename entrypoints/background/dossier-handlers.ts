import { type DossierSource, entryRefs } from '@/utils/dossier/dossier-source';
import { buildMatrix, matrixPage, type StanceMatrix } from '@/utils/dossier/matrix';
import { buildTimeline, type TimelineItem } from '@/utils/dossier/timeline';
import { filterTimeline, timelinePage } from '@/utils/dossier/timeline-filter';
import type { Handlers } from '@/utils/protocol/router';
import { readDossierSource } from '@/utils/store/dossier-read';
import type { Kb } from '@/utils/store/kb';

/** The requests these handlers answer; ./handlers.ts answers the rest. */
export type DossierCall = 'dossier.entryRefs' | 'dossier.timeline' | 'dossier.matrix';

/** The built dossier of one knowledge-base version: each part built the first time it is asked for. */
interface Built {
  version: number;
  source: DossierSource;
  timeline: () => TimelineItem[];
  matrix: () => StanceMatrix;
  /** The last filter asked for (as JSON) and the items that pass it, so paging through them filters once. */
  filtered: { key: string; items: TimelineItem[] } | null;
}

function once<T>(make: () => T): () => T {
  let made: { value: T } | null = null;
  return () => {
    made ??= { value: make() };
    return made.value;
  };
}

/**
 * Answers the dossier's pages. The timeline and the matrix are built from every record once per knowledge-base
 * version and kept until the next write, and the last filter's items until another filter is asked for, so paging
 * through a large knowledge base reads and filters it only once.
 */
export function createDossierHandlers(kb: () => Promise<Kb>): Pick<Handlers, DossierCall> {
  let built: Built | null = null;
  const current = async (): Promise<Built> => {
    const db = await kb();
    if (built && built.version === (await db.version())) return built;
    const { version, source } = await db.read(readDossierSource);
    const timeline = once(() => buildTimeline(source));
    built = { version, source, timeline, matrix: once(() => buildMatrix(source)), filtered: null };
    return built;
  };
  return {
    'dossier.entryRefs': async () => [...entryRefs((await current()).source.entries).values()],
    'dossier.timeline': async ({ filter, offset, limit }) => {
      const dossier = await current();
      const key = JSON.stringify(filter);
      if (dossier.filtered?.key !== key)
        dossier.filtered = { key, items: filterTimeline(dossier.timeline(), filter) };
      return timelinePage(dossier.filtered.items, offset, limit);
    },
    'dossier.matrix': async ({ offset, limit }) => matrixPage((await current()).matrix(), offset, limit),
  };
}
