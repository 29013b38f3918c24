import type { Handlers } from '@/utils/protocol/router';
import { StagedImports } from '@/utils/staged-import';
import type { Kb } from '@/utils/store/kb';
import { importPack } from '@/utils/store/pack-io';

/** The requests of a staged import, which the popup sends for every pack it imports. */
export type ImportCall = 'kb.importBegin' | 'kb.importChunk' | 'kb.importStatus' | 'kb.importCommit';

/**
 * Answers a staged import's requests from one staging per background (utils/staged-import.ts): it lives in memory
 * only, so a background that restarts forgets an unfinished import and the knowledge base never sees it.
 */
export function createImportHandlers(kb: () => Promise<Kb>): Pick<Handlers, ImportCall> {
  const staged = new StagedImports();
  return {
    'kb.importBegin': async ({ head, counts, mode }) => ({
      importId: staged.begin(head, counts, mode, Date.now()),
    }),
    'kb.importChunk': async ({ importId, collection, from, text }) =>
      staged.add(importId, collection, from, text, Date.now()),
    'kb.importStatus': async ({ importId }) => staged.status(importId, Date.now()),
    'kb.importCommit': async ({ importId }) => {
      const db = await kb();
      return staged.commit(importId, Date.now(), (pack, mode) => importPack(db, pack, mode));
    },
  };
}
