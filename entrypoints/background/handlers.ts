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
import { namedReport } from './report-names';
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
  /** The page matcher, compiled once per knowledge-base version, and the ids of the entry numbers pages send. */
  matchers: Pick<PageMatchers, 'current' | 'entryIds' | 'namer'>;
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
    'kb.matcher': async () => {
      const { version, numbering, matcher, facts } = await matchers.current();
      return { version, epoch: numbering.epoch, matcher, facts };
    },
    'kb.cards': async ({ epoch, entries }) => {
      const ids = await matchers.entryIds(epoch, entries);
      const cards = new Map((await (await kb()).cards(ids)).map((card) => [card.entry.id, card]));
      return ids.map((id) => cards.get(id) ?? null);
    },
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
    'page.report': async ({ url, ...numbered }, sender) => {
      const page = pageOf(reportedPage(url, sender.url));
      const report = await namedReport(matchers, numbered);
      if (!report) return null;
      await reports.set(sender.tab!.id!, page, report.mentions, report.topic);
      await seen.record(sender.tab!, page, report.ids);
      return report.ids;
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
