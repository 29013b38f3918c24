import { entryRefs } from '@/utils/dossier/dossier-source';
import { buildTimeline } from '@/utils/dossier/timeline';
import { filterTimeline, isWholeTimeline, timelinePage } from '@/utils/dossier/timeline-filter';
import type { Handlers } from '@/utils/protocol/router';
import { readDossierHead } from '@/utils/store/dossier-head';
import type { Kb } from '@/utils/store/kb';
import { createDossierCache } from './dossier-cache';
import { MatrixKeeper } from './matrix-keeper';

/** The requests these handlers answer; ./handlers.ts answers the rest. */
export type DossierCall = 'dossier.entryRefs' | 'dossier.timeline' | 'dossier.matrix';

/** The most items of the whole timeline answered from its latest records alone (the protocol's largest page). */
const HEAD_MOST = 500;

/**
 * Answers the dossier's pages from the dossier built once per knowledge-base version (./dossier-cache.ts), with the
 * last filter's items kept, so paging through a large knowledge base reads and filters it only once. Until that
 * build is done, the first pages of the whole timeline are read alone (`readDossierHead`) and the build starts once
 * such a page is answered and the stance matrix is got, so the first open after a write does not wait for every
 * record, nor the kept matrix for the build. The matrix is rebuilt after writes and kept (./matrix-keeper.ts), or
 * else answered as soon as that build has read the entries and stances, which it reads before the facts.
 */
export function createDossierHandlers(kb: () => Promise<Kb>): Pick<Handlers, DossierCall> {
  const cache = createDossierCache(kb);
  const matrix = new MatrixKeeper({ kb, fromBuild: () => cache.matrix() });
  kb().then(
    (db) => db.onChange(() => matrix.changed()),
    () => undefined,
  );
  return {
    'dossier.entryRefs': async () => [...entryRefs(await cache.entries()).values()],
    'dossier.timeline': async ({ filter, offset, limit }) => {
      if (isWholeTimeline(filter) && offset + limit <= HEAD_MOST && !(await cache.ready())) {
        const reading = (await kb()).read((tx) => readDossierHead(tx, offset + limit));
        void matrix.opened(reading).then(() => cache.built().catch(() => undefined));
        const head = await reading;
        return { ...timelinePage(buildTimeline(head.source), offset, limit), total: head.total };
      }
      const dossier = await cache.built();
      const key = JSON.stringify(filter);
      if (dossier.filtered?.key !== key)
        dossier.filtered = { key, items: filterTimeline(dossier.timeline(), filter) };
      return timelinePage(dossier.filtered.items, offset, limit);
    },
    'dossier.matrix': ({ offset, limit }) => matrix.page(offset, limit),
  };
}
