import { join } from 'node:path';
import type { Page as PlaywrightPage } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';
import {
  type BrowserName,
  BUILDS,
  type ChromiumExtension,
  type ExtensionBrowser,
  type FirefoxExtension,
} from './browsers';

/**
 * The `e2e`-mode builds (`wxt build --mode e2e`): same code as release, but the popover's shadow root is open so
 * the suite can read it and run axe on it, and each open reports its render time.
 */
export const E2E_BUILDS: Record<BrowserName, string> = {
  chromium: `${BUILDS.chromium}-e2e`,
  firefox: `${BUILDS.firefox}-e2e`,
};

/** Real pointer and keyboard input, which PageHandle does not offer. */
export interface Input {
  move(x: number, y: number): Promise<void>;
  press(key: string): Promise<void>;
}

/** The raw page behind an opened URL, found by URL in the browser's pages. */
export async function inputFor(ext: ExtensionBrowser, url: string): Promise<Input> {
  if (ext.name === 'chromium') {
    const page = (ext as ChromiumExtension).context.pages().find((p) => p.url() === url) as PlaywrightPage;
    return { move: (x, y) => page.mouse.move(x, y), press: (key) => page.keyboard.press(key) };
  }
  const pages = await (ext as FirefoxExtension).browser.pages();
  const page = pages.find((p) => p.url() === url) as PuppeteerPage;
  return { move: (x, y) => page.mouse.move(x, y), press: (key) => page.keyboard.press(key as 'Escape') };
}

/** Path of the axe-core build injected into pages. */
export const AXE_PATH = join(process.cwd(), 'node_modules/axe-core/axe.min.js');

/** Page context: the centre of the first highlighted range whose text is `text`, in viewport coordinates. */
export function mentionPoint(text: string): { x: number; y: number } | null {
  for (const name of ['fact-linker-actor', 'fact-linker-proposal']) {
    for (const abstract of CSS.highlights?.get(name) ?? []) {
      const range = document.createRange();
      range.setStart(abstract.startContainer, abstract.startOffset);
      range.setEnd(abstract.endContainer, abstract.endOffset);
      if (range.toString() !== text) continue;
      const rect = range.getClientRects()[range.getClientRects().length - 1];
      if (rect) return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    }
  }
  return null;
}

/** What the suite reads of the popover through the e2e build's open shadow root. */
export interface PopoverState {
  hostCount: number;
  open: boolean;
  text: string;
  role: string | null;
  labelledBy: string | null;
  labelText: string | null;
  lang: string | null;
  focusInside: boolean;
  /** `datetime` of every fact date shown. */
  dates: string[];
  /** Elements that must never appear in our UI: images, scripts, `javascript:` links. */
  hostile: number;
}

/** Page context: the popover as the reader sees it. */
export function readPopover(): PopoverState {
  const hosts = document.querySelectorAll('fact-linker-ui');
  const root = hosts[0]?.shadowRoot;
  const dialog = root?.querySelector<HTMLElement>('[role="dialog"]');
  const labelledBy = dialog?.getAttribute('aria-labelledby') ?? null;
  return {
    hostCount: hosts.length,
    open: dialog !== null && dialog !== undefined && !dialog.hidden,
    text: dialog && !dialog.hidden ? (dialog.textContent ?? '') : '',
    role: dialog?.getAttribute('role') ?? null,
    labelledBy,
    labelText: labelledBy ? (root?.getElementById(labelledBy)?.textContent ?? null) : null,
    lang: dialog?.lang ?? null,
    focusInside:
      document.activeElement === hosts[0] && dialog !== null && dialog !== undefined
        ? dialog.contains(root?.activeElement ?? null)
        : false,
    dates: [...(root?.querySelectorAll('time.fl-date') ?? [])].map(
      (time) => time.getAttribute('datetime') ?? '',
    ),
    hostile: root?.querySelectorAll('img, script, a[href^="javascript:"]').length ?? 0,
  };
}
