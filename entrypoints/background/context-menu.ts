import { browser } from 'wxt/browser';
import { t } from '@/utils/i18n/t';

/** The id of the one menu item, so clicks on other extensions' items are ignored. */
export const MENU_ID = 'fact-linker-add';

/** Longest selection, page title and page URL carried into the new-entry form; longer text is cut. */
export const PREFILL_LIMITS = { name: 200, title: 300, url: 2048 } as const;

/** What the menu knows when it is clicked: the selected text and the page it was selected on. */
export interface MenuClick {
  selection: string | undefined;
  pageUrl: string | undefined;
  pageTitle: string | undefined;
}

/**
 * The popup URL that opens a new entry prefilled from a selection, as a tab (`?view=tab`) because a context menu
 * cannot open the popup itself: `popup.html?view=tab#new?name=…&url=…&title=…`.
 */
export function newEntryUrl(popupUrl: string, click: MenuClick): string {
  const params = new URLSearchParams({
    name: (click.selection ?? '').replace(/\s+/g, ' ').trim().slice(0, PREFILL_LIMITS.name),
    url: (click.pageUrl ?? '').slice(0, PREFILL_LIMITS.url),
    title: (click.pageTitle ?? '').replace(/\s+/g, ' ').trim().slice(0, PREFILL_LIMITS.title),
  });
  return `${popupUrl}?view=tab#new?${params}`;
}

/** Adds "Add to Fact Linker" to the menu of selected text, so a name read on a page becomes an entry in two clicks. */
export function registerContextMenu(): void {
  browser.runtime.onInstalled.addListener(async () => {
    await browser.contextMenus.removeAll();
    browser.contextMenus.create({ id: MENU_ID, title: t('menu_add'), contexts: ['selection'] });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== MENU_ID) return;
    const url = newEntryUrl(browser.runtime.getURL('/popup.html'), {
      selection: info.selectionText,
      pageUrl: info.pageUrl ?? tab?.url,
      pageTitle: tab?.title,
    });
    browser.tabs
      .create({ url })
      .catch((error) => console.warn('Fact Linker could not open the editor', error));
  });
}
