import type { Pack } from '@/utils/pack';
import { parsePack } from '@/utils/pack-parse';
import type { Handlers } from '@/utils/router';
import type { Kb } from '@/utils/store/kb';
import { exportPack, importPack, restoreStarter } from '@/utils/store/pack-io';
import type { TabReports } from './tab-reports';

/** What the handlers work with: the knowledge base once open, the starter pack on demand, the tab reports. */
export interface HandlerDeps {
  kb: () => Promise<Kb>;
  starter: () => Promise<Pack>;
  reports: TabReports;
}

/** Answers every request of the message map from the knowledge base. */
export function createHandlers({ kb, starter, reports }: HandlerDeps): Handlers {
  return {
    'kb.aliases': async () => {
      const db = await kb();
      const [version, aliases] = await Promise.all([db.version(), db.aliasRecords()]);
      return { version, aliases };
    },
    'kb.cards': async ({ ids }) => (await kb()).cards(ids),
    'kb.entries': async () => (await kb()).entries(),
    'kb.export': async ({ ids }) => exportPack(await kb(), ids, new Date()),
    'kb.import': async ({ text, mode }) => {
      const parsed = parsePack(text, Date.now());
      if (!parsed.ok) throw new Error(`The pack was not imported:\n${parsed.errors.join('\n')}`);
      return importPack(await kb(), parsed.value, mode);
    },
    'kb.restoreStarter': async () => restoreStarter(await kb(), await starter()),
    'page.report': async ({ mentions }, sender) => {
      await reports.set(sender.tab!.id!, mentions);
      return null;
    },
  };
}
