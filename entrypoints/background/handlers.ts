import type { Pack } from '@/utils/pack';
import type { SubscriptionCall } from '@/utils/protocol/calls/subscription-calls';
import type { Handlers } from '@/utils/protocol/router';
import type { Settings } from '@/utils/settings';
import { undoBulk } from '@/utils/store/bulk-undo';
import type { Kb } from '@/utils/store/kb';
import { exportPack, restoreStarter } from '@/utils/store/pack-io';
import { previewReinstall } from '@/utils/store/reinstall';
import type { DossierCall } from './dossier-handlers';
import type { FrameTickets } from './frame-tickets';
import { createImportHandlers } from './import-handlers';
import type { PackCall } from './pack-handlers';
import type { PageMatchers } from './page-matcher';
import type { SeenCall } from './seen-handlers';
import type { SeenRecorder } from './seen-recorder';
import { pageOf, reportedPage, type TabReports } from './tab-reports';

/** What the handlers work with: the knowledge base once open, the starter pack on demand, the tab reports. */
export interface HandlerDeps {
  kb: () => Promise<Kb>;
  starter: () => Promise<Pack>;
  reports: TabReports;
  /** The URL a tab shows now, to give its report only for the page it describes. */
  tabUrl: (tabId: number) => Promise<string | undefined>;
  /** Opens the editor on an entry in a new tab. */
  openEditor: (entryId: string) => Promise<void>;
  /** The tickets that pair each tab's page script with its popover frame. */
  tickets: FrameTickets;
  /** The mention log's writer, told of every report after the tab's report is kept. */
  seen: Pick<SeenRecorder, 'record'>;
  /** The page matcher, compiled once per knowledge-base version. */
  matchers: Pick<PageMatchers, 'current'>;
  /** The reader's settings as stored. */
  settings: () => Promise<Settings>;
}

/**
 * Answers every request of the message map but the Packs view's (./pack-handlers.ts, ./subscription-handlers.ts), the dossier's
 * (./dossier-handlers.ts) and the mention log's (./seen-handlers.ts) from the knowledge base.
 */
export function createHandlers(
  deps: HandlerDeps,
): Omit<Handlers, PackCall | SubscriptionCall | DossierCall | SeenCall> {
  const { kb, starter, reports, tabUrl, openEditor, tickets, seen, matchers, settings } = deps;
  return {
    'kb.matcher': () => matchers.current(),
    'kb.cards': async ({ ids }) => (await kb()).cards(ids),
    'kb.entries': async () => (await kb()).entries(),
    'kb.draft': async ({ id }) => (await kb()).draft(id),
    'kb.saveDraft': async ({ draft, expectedRev, loaded }) =>
      (await kb()).saveDraft(draft, expectedRev, loaded),
    'kb.deleteEntry': async ({ id, expectedRev }) => (await kb()).deleteEntry(id, expectedRev),
    'kb.undoDelete': async ({ removed }) => {
      await (await kb()).restore(removed);
      return null;
    },
    'kb.export': async ({ ids }) => exportPack(await kb(), ids, new Date()),
    ...createImportHandlers(kb),
    'kb.starterPreview': async () => previewReinstall(await kb(), await starter()),
    'kb.restoreStarter': async () => restoreStarter(await kb(), await starter()),
    'kb.undoBulk': async ({ id }) => undoBulk(await kb(), id),
    'page.report': async ({ mentions, topic, url }, sender) => {
      const page = pageOf(reportedPage(url, sender.url));
      await reports.set(sender.tab!.id!, page, mentions, topic);
      await seen.record(
        sender.tab!,
        page,
        mentions.map((mention) => mention.id),
      );
      return null;
    },
    'page.settings': () => settings(),
    'page.mentions': async ({ tabId }) => reports.get(tabId, pageOf(await tabUrl(tabId))),
    'ui.openEditor': async ({ entryId }) => {
      await openEditor(entryId);
      return null;
    },
    'ui.frameTicket': async (_payload, sender) => ({ ticket: await tickets.get(sender.tab!.id!) }),
  };
}
