/** What the toolbar shows for a tab, and what the tab reported, read from an extension page. */
export interface BadgeReading {
  badge: string;
  reported: number;
}

/**
 * Extension page: the badge text of the tab whose URL starts with `url`, and how many distinct entries that tab
 * reported to the background, so a test can check the badge counts what the page mentions.
 */
export async function readBadge(url: string): Promise<BadgeReading | null> {
  type Api = {
    tabs: { query(info: object): Promise<{ id?: number; url?: string }[]> };
    action: { getBadgeText(details: { tabId: number }): Promise<string> };
    runtime: { sendMessage(message: unknown): Promise<{ ok: boolean; value?: { mentions: unknown[] } }> };
  };
  const scope = globalThis as unknown as { browser?: Api; chrome: Api };
  const api = scope.browser ?? scope.chrome;
  const tab = (await api.tabs.query({})).find((candidate) => candidate.url?.startsWith(url));
  if (tab?.id === undefined) return null;
  const badge = await api.action.getBadgeText({ tabId: tab.id });
  const reply = await api.runtime.sendMessage({ type: 'page.mentions', payload: { tabId: tab.id } });
  return { badge, reported: reply.ok ? (reply.value?.mentions.length ?? 0) : -1 };
}
