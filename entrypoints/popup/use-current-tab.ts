import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';

/** The tab the popup is about ("this page", "this site") and whether the popup itself is a tab. */
export interface CurrentTab {
  id: number | null;
  /** Hostname of a web page, or null where the extension cannot run (browser and extension pages). */
  site: string | null;
  /** True when the popup page is open as a tab rather than as the toolbar popup: it must not close itself. */
  inTab: boolean;
}

/** The hostname of an http(s) page, lower-cased as the site switch stores it, or null for anything else. */
export function siteOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.hostname.toLowerCase() : null;
  } catch {
    return null;
  }
}

async function findCurrentTab(fromTab: number | null): Promise<CurrentTab> {
  const inTab = (await browser.tabs.getCurrent()) !== undefined;
  const tab =
    fromTab !== null
      ? await browser.tabs.get(fromTab).catch(() => undefined)
      : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  return { id: tab?.id ?? null, site: siteOf(tab?.url), inTab };
}

/** The current tab, once the browser says which it is; `fromTab` pins it when the popup was moved into a tab. */
export function useCurrentTab(fromTab: number | null): CurrentTab | null {
  const [tab, setTab] = useState<CurrentTab | null>(null);
  useEffect(() => {
    findCurrentTab(fromTab).then(setTab, () => setTab({ id: null, site: null, inTab: false }));
  }, [fromTab]);
  return tab;
}
