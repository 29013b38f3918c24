/** Extension page: the id of the open tab whose address starts with `url`, or null. */
export async function tabIdOf(url: string): Promise<number | null> {
  type Api = { tabs: { query(info: object): Promise<{ id?: number; url?: string }[]> } };
  const scope = globalThis as unknown as { browser?: Api; chrome?: Api };
  const tabs = await (scope.browser ?? scope.chrome)!.tabs.query({});
  return tabs.find((tab) => tab.url?.startsWith(url))?.id ?? null;
}

/** Extension page: the ids of the entries the tab showing `url` reported, or null before it reported. */
export async function reportedIds(url: string): Promise<string[] | null> {
  type Api = {
    tabs: { query(info: object): Promise<{ id?: number; url?: string }[]> };
    runtime: {
      sendMessage(message: unknown): Promise<{ ok: boolean; value?: { mentions: { id: string }[] } }>;
    };
  };
  const scope = globalThis as unknown as { browser?: Api; chrome: Api };
  const api = scope.browser ?? scope.chrome;
  const tab = (await api.tabs.query({})).find((candidate) => candidate.url?.startsWith(url));
  if (tab?.id === undefined) return null;
  const reply = await api.runtime.sendMessage({ type: 'page.mentions', payload: { tabId: tab.id } });
  const ids = reply.ok ? (reply.value?.mentions.map((mention) => mention.id) ?? []) : [];
  return ids.length > 0 ? ids : null;
}
