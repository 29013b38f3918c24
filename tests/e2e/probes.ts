// Functions the suite runs inside pages. Each one is serialised on its own, so it uses nothing from this module.

/** The highlight registry names the content script draws into. */
export const HIGHLIGHT_NAMES = ['fact-linker-actor', 'fact-linker-proposal'];

/** One highlighted range, described with what the assertions need. */
export interface HighlightedRange {
  name: string;
  text: string;
  /** Tag or attribute of an ancestor that must never hold a highlight, or null. */
  forbiddenAncestor: string | null;
  /** False when a letter or digit touches either end, e.g. "UN" inside "UNESCO". */
  onWordBoundary: boolean;
  /** True when the range covers the demo page's name split across inline elements. */
  coversSplitName: boolean;
}

/** Page context: every range in the extension's highlight registries. */
export function readHighlights(names: string[]): HighlightedRange[] {
  const wordChar = /[\p{L}\p{N}]/u;
  const split = document.querySelector('[data-test="split-name"] b');
  const result: HighlightedRange[] = [];
  for (const name of names) {
    for (const abstract of CSS.highlights?.get(name) ?? []) {
      const range = document.createRange();
      range.setStart(abstract.startContainer, abstract.startOffset);
      range.setEnd(abstract.endContainer, abstract.endOffset);
      let forbiddenAncestor: string | null = null;
      for (const node of [range.startContainer, range.endContainer]) {
        const element = node instanceof Element ? node : node.parentElement;
        const hit = element?.closest('input, textarea, script, style, noscript, template, [hidden]');
        if (hit) forbiddenAncestor = hit.hasAttribute('hidden') ? '[hidden]' : hit.tagName.toLowerCase();
      }
      const start = range.startContainer;
      const end = range.endContainer;
      const before = start instanceof Text ? start.data.charAt(range.startOffset - 1) : '';
      const after = end instanceof Text ? end.data.charAt(range.endOffset) : '';
      result.push({
        name,
        text: range.toString(),
        forbiddenAncestor,
        onWordBoundary: !wordChar.test(before) && !wordChar.test(after),
        coversSplitName: split !== null && range.intersectsNode(split),
      });
    }
  }
  return result;
}

/** Page context: the demo page's record of DOM changes made after parsing. */
export function readPageMutations(): string[] | null {
  const log = (window as unknown as { __pageMutations?: string[] }).__pageMutations;
  return log ? [...log] : null;
}

/** What the knowledge base holds, as seen from an extension page. */
export interface KnowledgeBaseSnapshot {
  stores: string[];
  counts: Record<string, number>;
  macron: unknown;
}

/** Extension page: counts the records of IndexedDB `fact-linker` without creating it when it is missing. */
export async function readKnowledgeBase(): Promise<KnowledgeBaseSnapshot | null> {
  const databases = await indexedDB.databases();
  if (!databases.some((info) => info.name === 'fact-linker')) return null;
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open('fact-linker');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  try {
    const stores = [...db.objectStoreNames];
    if (stores.length === 0) return { stores, counts: {}, macron: undefined };
    const tx = db.transaction(stores, 'readonly');
    const settle = <T>(request: IDBRequest<T>) =>
      new Promise<T>((resolve, reject) => {
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    const counts = await Promise.all(stores.map((store) => settle(tx.objectStore(store).count())));
    const macron = stores.includes('entries')
      ? await settle(tx.objectStore('entries').get('macron'))
      : undefined;
    return { stores, counts: Object.fromEntries(stores.map((store, i) => [store, counts[i] ?? 0])), macron };
  } finally {
    db.close();
  }
}

/** How a message to the background ended: its reply, or what sendMessage threw. */
export type Delivery = { reply: unknown } | { thrown: string };

/** Extension page: sends one message through `runtime.sendMessage`. */
export async function sendToBackground(message: unknown): Promise<Delivery> {
  type Api = { runtime: { sendMessage(message: unknown): Promise<unknown> } };
  const scope = globalThis as unknown as { browser?: Api; chrome?: Api };
  const api = scope.browser ?? scope.chrome;
  if (!api) return { thrown: 'no extension API in this page' };
  try {
    return { reply: await api.runtime.sendMessage(message) };
  } catch (error) {
    return { thrown: String(error) };
  }
}
