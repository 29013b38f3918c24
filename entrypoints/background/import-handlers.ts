import { previewRecords } from '@/utils/import-preview';
import type { Handlers } from '@/utils/protocol/router';
import { issueMessages } from '@/utils/schema/issues';
import { StagedImports } from '@/utils/staged-import';
import { StagedImportError } from '@/utils/staged-records';
import type { Kb } from '@/utils/store/kb';
import { importPack } from '@/utils/store/pack-io';
import { readAll } from '@/utils/store/read-all';

/** The requests of a staged import, which the popup sends for every pack it previews and imports. */
export type ImportCall =
  | 'kb.importBegin'
  | 'kb.importChunk'
  | 'kb.importStatus'
  | 'kb.importPreview'
  | 'kb.importCommit';

/**
 * Answers a staged import's requests from one staging per background (utils/staged-import.ts): it lives in memory
 * only, so a background that restarts forgets an unfinished import and the knowledge base never sees it.
 */
export function createImportHandlers(kb: () => Promise<Kb>): Pick<Handlers, ImportCall> {
  const staged = new StagedImports();
  return {
    'kb.importBegin': async ({ head, counts }) => ({ importId: staged.begin(head, counts, Date.now()) }),
    'kb.importChunk': async ({ importId, collection, from, text }) =>
      staged.add(importId, collection, from, text, Date.now()),
    'kb.importStatus': async ({ importId }) => staged.status(importId, Date.now()),
    'kb.importPreview': async ({ importId }) => {
      const { title, records, issues } = staged.review(importId, Date.now());
      const preview = previewRecords(title, records, issues, await (await kb()).read(readAll));
      if (!preview.ok) throw new StagedImportError(issueMessages(preview.issues).join('\n'));
      return preview.value;
    },
    'kb.importCommit': async ({ importId, mode }) => {
      const db = await kb();
      return staged.commit(importId, Date.now(), (pack) => importPack(db, pack, mode));
    },
  };
}
