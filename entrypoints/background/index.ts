import { browser } from 'wxt/browser';
import { type BundledPack, STARTER_PACK } from '@/utils/bundled-packs';
import { createRouter } from '@/utils/protocol/router';
import { broadcast, emit } from '@/utils/protocol/send';
import { readSettings, SETTINGS_KEY } from '@/utils/settings';
import { openKb } from '@/utils/store/kb';
import { restoreStarter } from '@/utils/store/pack-io';
import { subscribedPacks } from '@/utils/store/subscriptions';
import { registerCommands } from './commands';
import { registerContextMenu } from './context-menu';
import { createDossierHandlers } from './dossier-handlers';
import { FrameTickets } from './frame-tickets';
import { createHandlers } from './handlers';
import { createPackHandlers } from './pack-handlers';
import { checkSubscribedPacks, schedulePackChecks } from './pack-scheduler';
import { PackSubscriptions } from './pack-subscriptions';
import { PageMatchers } from './page-matcher';
import { createSeenHandlers } from './seen-handlers';
import { SeenRecorder } from './seen-recorder';
import { loadBundledPack } from './starter';
import { createSubscriptionHandlers } from './subscription-handlers';
import { watchTabs } from './tab-lifecycle';
import { TabReports } from './tab-reports';
import { ToolbarState } from './toolbar-state';

/** Background: the only context that opens the knowledge base, and the one that answers every request. */
export default defineBackground(() => {
  const bundled = (pack: BundledPack) => loadBundledPack(browser.runtime.getURL(pack.path), Date.now());
  const starter = () => bundled(STARTER_PACK);
  const ready = openKb().then(async (kb) => {
    if (!(await kb.starterInstalled())) await restoreStarter(kb, await starter());
    kb.onChange((version) => void broadcast({ type: 'kb.changed', version }));
    return kb;
  });
  ready.catch((error) => console.error('Fact Linker could not open its knowledge base', error));

  const reports = new TabReports({
    badge: browser.action,
    store: browser.storage.session,
    onChange: (tabId) => void emit({ type: 'page.reported', tabId }),
  });
  const tabUrl = async (tabId: number) => (await browser.tabs.get(tabId)).url;
  const openEditor = async (entryId: string) => {
    await browser.tabs.create({
      url: browser.runtime.getURL(`/popup.html?view=tab#entry=${encodeURIComponent(entryId)}`),
    });
  };
  const tickets = new FrameTickets(browser.storage.session);
  const settings = async () => readSettings((await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY]);
  const matchers = new PageMatchers(() => ready);
  const seen = new SeenRecorder({
    kb: () => ready,
    settings,
    now: Date.now,
    onLogged: () => void emit({ type: 'seen.changed' }),
  });
  const pruneSeen = () =>
    seen.prune().catch((error) => console.warn('Fact Linker could not prune its reading log', error));
  void pruneSeen();
  const subscriptions = new PackSubscriptions({
    kb: () => ready,
    fetcher: fetch.bind(globalThis),
    now: Date.now,
    allowed: (pattern) => browser.permissions.contains({ origins: [pattern] }),
  });
  const checkPacks = () =>
    checkSubscribedPacks(
      subscriptions,
      async () => subscribedPacks(await ready),
      (message) => console.warn(message),
    );
  schedulePackChecks(browser.alarms, checkPacks).catch((error) =>
    console.warn('Fact Linker could not schedule its pack checks', error),
  );
  const route = createRouter(
    {
      ...createHandlers({
        kb: () => ready,
        starter,
        reports,
        tabUrl,
        openEditor,
        tickets,
        seen,
        matchers,
        settings,
      }),
      ...createSeenHandlers(() => ready),
      ...createPackHandlers({ kb: () => ready, bundled }),
      ...createSubscriptionHandlers({ subscriptions, kb: () => ready, now: Date.now }),
      ...createDossierHandlers(() => ready),
    },
    {
      extensionId: browser.runtime.id,
      extensionOrigin: browser.runtime.getURL('/'),
      log: (message) => console.warn(message),
    },
  );

  browser.runtime.onMessage.addListener((message, sender) => route(message, sender));
  watchTabs([reports, tickets], (error) => console.warn('Fact Linker could not forget a closed tab', error));
  registerContextMenu();
  registerCommands();

  const toolbar = new ToolbarState({
    setIcon: (details) => browser.action.setIcon(details),
    setTitle: (details) => browser.action.setTitle(details),
    tabs: () => browser.tabs.query({}),
  });
  const showSettings = (stored: unknown) => void toolbar.setSettings(readSettings(stored));
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local' || !(SETTINGS_KEY in changes)) return;
    const change = changes[SETTINGS_KEY];
    showSettings(change?.newValue);
    const [before, after] = [readSettings(change?.oldValue), readSettings(change?.newValue)];
    void broadcast({ type: 'settings.changed', settings: after });
    if (before.seenMaxAgeDays !== after.seenMaxAgeDays || before.seenMaxPages !== after.seenMaxPages)
      void pruneSeen();
  });
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.url !== undefined || change.status === 'loading') void toolbar.show(tabId, tab.url);
  });
  browser.storage.local.get(SETTINGS_KEY).then((stored) => showSettings(stored[SETTINGS_KEY]));

  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
  });
});
