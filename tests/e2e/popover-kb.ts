// Extension-page functions for the popover suite: each is serialised on its own, so it uses nothing from here.

/** Extension page: writes hostile strings into Macron's entry and latest fact, bypassing the pack importer. */
export async function plantHostileMacron(): Promise<void> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open('fact-linker');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const settle = <T>(request: IDBRequest<T>) =>
    new Promise<T>((resolve, reject) => {
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  try {
    const tx = db.transaction(['entries', 'facts'], 'readwrite');
    const entries = tx.objectStore('entries');
    const facts = tx.objectStore('facts');
    const macron = await settle(entries.get('macron'));
    macron.name = '<img src=x onerror="window.__xss=1">Evil</b>';
    macron.summary = '<script>window.__xss=2</script>';
    macron.links = [{ url: 'javascript:window.__xss=3', title: 'Evil link' }];
    await settle(entries.put(macron));
    const all: { entryIds: string[]; date: string; source: Record<string, unknown>; text: string }[] =
      await settle(facts.getAll());
    const latest = all
      .filter((fact) => fact.entryIds.includes('macron'))
      .sort((a, b) => (a.date < b.date ? 1 : -1))[0];
    if (!latest) throw new Error('Macron has no facts');
    latest.date = '2099-01-01';
    latest.text = '<img src=x onerror="window.__xss=4">Hostile fact';
    latest.source = {
      outlet: '<b>Evil outlet</b>',
      url: 'javascript:window.__xss=3',
      title: '<script>x</script>',
    };
    await settle(facts.put(latest));
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
  } finally {
    db.close();
  }
}

/** Extension page: sends a message to the tab showing `url`, as the keyboard command and the popup do. */
export async function messageTab(arg: { url: string; message: unknown }): Promise<void> {
  type Api = {
    tabs: {
      query(q: object): Promise<{ id?: number; url?: string }[]>;
      sendMessage(id: number, message: unknown): Promise<unknown>;
    };
  };
  const scope = globalThis as unknown as { browser?: Api; chrome: Api };
  const api = scope.browser ?? scope.chrome;
  const tab = (await api.tabs.query({})).find((t) => t.url === arg.url);
  if (tab?.id === undefined) throw new Error(`No tab at ${arg.url}`);
  await api.tabs.sendMessage(tab.id, arg.message).catch(() => undefined);
}

/** Extension page: sets the reader's settings as the popup does. */
export async function storeSettings(settings: Record<string, unknown>): Promise<void> {
  type StorageApi = { storage: { local: { set(items: object): Promise<void> } } };
  const scope = globalThis as unknown as { browser?: StorageApi; chrome: StorageApi };
  await (scope.browser ?? scope.chrome).storage.local.set({ settings });
}
