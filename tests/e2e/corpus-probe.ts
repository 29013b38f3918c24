// Page-context functions of the corpus run. Each one is serialised on its own, so it uses nothing from this module.

/** What the DOM watch keeps on `window.__factLinkerWatch` for the checks after the scan. */
interface DomWatch {
  html: string | null;
  log: string[];
}

/** What the highlight sweep keeps on `window.__factLinkerSeen`: start node → "family start end" → text. */
type Seen = Map<Node, Map<string, string>>;

/** Init script: from DOMContentLoaded on, records every DOM change and the document's HTML at that moment. */
export function installDomWatch(): void {
  const watch: DomWatch = { html: null, log: [] };
  (window as unknown as { __factLinkerWatch: DomWatch }).__factLinkerWatch = watch;
  const label = (node: Node) => (node instanceof Element ? node.tagName : node.nodeName);
  const describe = (record: MutationRecord) => {
    const target = label(record.target);
    if (record.type === 'attributes') return `attributes ${target} ${record.attributeName}`;
    if (record.type === 'characterData')
      return `characterData ${label(record.target.parentNode ?? record.target)}`;
    const added = [...record.addedNodes].map((node) => `+${label(node)}`);
    const removed = [...record.removedNodes].map((node) => `-${label(node)}`);
    return `childList ${target} ${[...added, ...removed].join(' ')}`;
  };
  document.addEventListener('DOMContentLoaded', () => {
    watch.html = document.documentElement.outerHTML;
    new MutationObserver((records) => {
      for (const record of records) watch.log.push(describe(record));
    }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  });
}

/** What the DOM watch saw (nothing hovers here, so not even our popover's host may appear); null when it never started. */
export interface DomVerdict {
  mutations: string[];
  /** Where the HTML after the scan first differs from the HTML at DOMContentLoaded, or null when it does not. */
  htmlDiff: string | null;
}

/** Page context: the DOM watch's findings. */
export function readDomVerdict(): DomVerdict | null {
  const watch = (window as unknown as { __factLinkerWatch?: DomWatch }).__factLinkerWatch;
  if (!watch?.html) return null;
  const before = watch.html;
  const after = document.documentElement.outerHTML;
  let at = 0;
  while (at < before.length && before[at] === after[at]) at++;
  const from = Math.max(0, at - 40);
  const htmlDiff =
    before === after
      ? null
      : `at ${at}: ${JSON.stringify(before.slice(from, at + 80))} → ${JSON.stringify(after.slice(from, at + 80))}`;
  return { mutations: watch.log, htmlDiff };
}

/**
 * Page context: scrolls the page top to bottom two viewports at a time (the content script paints only what is
 * within a viewport of the screen) and adds every highlighted range met to the sweep's record; returns how many
 * distinct ranges the record holds. Ranges are keyed by position, so a repaint does not count twice.
 */
export async function sweepHighlights(names: string[]): Promise<number> {
  const scope = window as unknown as { __factLinkerSeen?: Seen };
  const seen: Seen = scope.__factLinkerSeen ?? new Map();
  scope.__factLinkerSeen = seen;
  const frame = () =>
    new Promise<void>((resolve) => {
      requestAnimationFrame(() => resolve());
      setTimeout(resolve, 100);
    });
  const collect = () => {
    for (const name of names) {
      for (const range of CSS.highlights?.get(name) ?? []) {
        const byNode = seen.get(range.startContainer) ?? new Map<string, string>();
        seen.set(range.startContainer, byNode);
        const copy = document.createRange();
        copy.setStart(range.startContainer, range.startOffset);
        copy.setEnd(range.endContainer, range.endOffset);
        byNode.set(`${name} ${range.startOffset} ${range.endOffset}`, copy.toString());
      }
    }
  };
  const height = Math.max(window.innerHeight, 1);
  const bottom = document.scrollingElement?.scrollHeight ?? 0;
  for (let top = 0; ; top += 2 * height) {
    window.scrollTo({ top, behavior: 'instant' });
    await frame();
    await frame();
    collect();
    if (top + height >= bottom) break;
  }
  window.scrollTo({ top: 0, behavior: 'instant' });
  let size = 0;
  for (const byNode of seen.values()) size += byNode.size;
  return size;
}

/** Page context: the swept highlights as family → text → count. */
export function readSweep(): Record<string, Record<string, number>> {
  const seen = (window as unknown as { __factLinkerSeen?: Seen }).__factLinkerSeen ?? new Map();
  const result: Record<string, Record<string, number>> = {};
  for (const byNode of seen.values()) {
    for (const [key, text] of byNode) {
      const family = key.slice(0, key.indexOf(' '));
      const counts = result[family] ?? {};
      result[family] = counts;
      counts[text] = (counts[text] ?? 0) + 1;
    }
  }
  return result;
}
