import { readFileSync } from 'node:fs';
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
import type { PageHandle } from './page-handle';

/**
 * The `e2e`-mode builds (`wxt build --mode e2e`): same code as release, but each popover open reports its render
 * time to the page, for the benchmark.
 */
export const E2E_BUILDS: Record<BrowserName, string> = {
  chromium: `${BUILDS.chromium}-e2e`,
  firefox: `${BUILDS.firefox}-e2e`,
};

/** Real pointer and keyboard input, which PageHandle does not offer. */
export interface Input {
  move(x: number, y: number): Promise<void>;
  press(key: string): Promise<void>;
  /** Ctrl+A where the focus is, as a reader selects everything. */
  selectAll(): Promise<void>;
}

/** The raw page behind an opened URL, found by URL in the browser's pages. */
export async function inputFor(ext: ExtensionBrowser, url: string): Promise<Input> {
  if (ext.name === 'chromium') {
    const page = (ext as ChromiumExtension).context.pages().find((p) => p.url() === url) as PlaywrightPage;
    return {
      move: (x, y) => page.mouse.move(x, y),
      press: (key) => page.keyboard.press(key),
      selectAll: () => page.keyboard.press('Control+A'),
    };
  }
  const pages = await (ext as FirefoxExtension).browser.pages();
  const page = pages.find((p) => p.url() === url) as PuppeteerPage;
  return {
    move: (x, y) => page.mouse.move(x, y),
    press: (key) => page.keyboard.press(key as 'Escape'),
    selectAll: async () => {
      await page.keyboard.down('Control');
      await page.keyboard.press('a');
      await page.keyboard.up('Control');
    },
  };
}

/**
 * Moves the real pointer onto the first highlight reading `text`. Chromium routes the pointer by the last
 * composited frame, so a popover frame just hidden can still take a move for a moment (up to ~150 ms headless):
 * that moment is waited out first, as a reader's hand would.
 */
export async function hoverMention(page: PageHandle, input: Input, text: string): Promise<void> {
  const point = await page.evaluate(mentionPoint, text);
  if (!point) throw new Error(`No highlight for ${text}`);
  await new Promise((resolve) => setTimeout(resolve, 150));
  await input.move(point.x, point.y);
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

/** What the suite reads of the popover inside its extension frame. */
export interface PopoverState {
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

/** The popover as seen when its frame is not there (yet). */
const CLOSED: PopoverState = {
  open: false,
  text: '',
  role: null,
  labelledBy: null,
  labelText: null,
  lang: null,
  focusInside: false,
  dates: [],
  hostile: 0,
};

/** Frame context: the popover as the reader sees it. */
export function readPopoverFrame(): PopoverState {
  const dialog = document.querySelector<HTMLElement>('[role="dialog"]');
  const labelledBy = dialog?.getAttribute('aria-labelledby') ?? null;
  const open = dialog !== null && !dialog.hidden && dialog.dataset.state === 'shown';
  return {
    open,
    text: open ? (dialog.textContent ?? '') : '',
    role: dialog?.getAttribute('role') ?? null,
    labelledBy,
    labelText: labelledBy ? (document.getElementById(labelledBy)?.textContent ?? null) : null,
    lang: dialog?.querySelector<HTMLElement>('[lang]')?.lang ?? null,
    focusInside: document.hasFocus() && (dialog?.contains(document.activeElement) ?? false),
    dates: [...document.querySelectorAll('time.fl-date')].map((time) => time.getAttribute('datetime') ?? ''),
    hostile: document.querySelectorAll('img, script:not([src]), a[href^="javascript:"]').length,
  };
}

/** A frame that can run a function or script source, whichever driver found it. */
type Evaluator = { evaluate(code: unknown, arg?: unknown): Promise<unknown> };

/** Our frame at `path` (`/popover.html`, `/paint.html`) in the page at `url`, or null while the page has none. */
async function extensionFrame(ext: ExtensionBrowser, url: string, path: string): Promise<Evaluator | null> {
  if (ext.name === 'chromium') {
    const page = (ext as ChromiumExtension).context.pages().find((p) => p.url() === url) as PlaywrightPage;
    return (page.frames().find((f) => f.url().endsWith(path)) as Evaluator | undefined) ?? null;
  }
  const pages = await (ext as FirefoxExtension).browser.pages();
  const page = pages.find((p) => p.url() === url) as PuppeteerPage;
  for (const frame of page.frames()) {
    if (frame === page.mainFrame()) continue;
    const where = await frame.evaluate(() => location.pathname).catch(() => null);
    if (where === path) return frame as unknown as Evaluator;
  }
  return null;
}

const popoverFrame = (ext: ExtensionBrowser, url: string) => extensionFrame(ext, url, '/popover.html');

/** Runs a function inside the popover frame of the page at `url`; null while the page has no frame. */
export async function inPopoverFrame<A, R>(
  ext: ExtensionBrowser,
  url: string,
  fn: (arg: A) => R,
  arg: A,
): Promise<Awaited<R> | null> {
  const frame = await popoverFrame(ext, url);
  return frame ? ((await frame.evaluate(fn, arg)) as Awaited<R>) : null;
}

/** Runs a function inside the private-highlights frame of the page at `url`; null while the page has none. */
export async function inPaintFrame<A, R>(
  ext: ExtensionBrowser,
  url: string,
  fn: (arg: A) => R,
  arg: A,
): Promise<Awaited<R> | null> {
  const frame = await extensionFrame(ext, url, '/paint.html');
  return frame ? ((await frame.evaluate(fn, arg)) as Awaited<R>) : null;
}

/** Evaluates script source (not a function) inside the popover frame, as a debugger would. */
export async function sourceInPopoverFrame(
  ext: ExtensionBrowser,
  url: string,
  source: string,
): Promise<void> {
  const frame = await popoverFrame(ext, url);
  if (!frame) throw new Error('No popover frame');
  await frame.evaluate(source);
}

/** The popover as the reader sees it, read inside its frame. */
export async function readPopover(ext: ExtensionBrowser, url: string): Promise<PopoverState> {
  return (await inPopoverFrame(ext, url, readPopoverFrame, null)) ?? CLOSED;
}

/** Page context: how many Fact Linker hosts the page holds (plain `<div>`s appended to `<html>`). */
export function countHosts(): number {
  return [...document.documentElement.children].filter((el) => el.tagName === 'DIV').length;
}

/**
 * Page context: where keyboard focus and the selection are, and the first control after the selection in document
 * order (its markup's start), which a Tab from the selection should reach.
 */
export function selectionAndNextControl(): { active?: string; selected?: string; next?: string } {
  const selection = document.getSelection();
  const range = selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : null;
  const controls = document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea');
  const next = range
    ? [...controls].find((control) => range.comparePoint(control, 0) > 0 && control.offsetParent !== null)
    : undefined;
  return {
    active: document.activeElement?.tagName,
    selected: selection?.toString(),
    next: next?.outerHTML.slice(0, 80),
  };
}

/** Runs axe-core on the card open in the popover frame of the page at `url`: its violations as `id (nodes)`; null with no frame. */
export async function popoverAxeViolations(ext: ExtensionBrowser, url: string): Promise<string[] | null> {
  // Evaluated as source in the frame: the extension page's policy forbids eval from its own scripts.
  await sourceInPopoverFrame(ext, url, readFileSync(AXE_PATH, 'utf8'));
  return inPopoverFrame(
    ext,
    url,
    async () => {
      type Axe = { run(context: unknown): Promise<{ violations: { id: string; nodes: unknown[] }[] }> };
      const result = await (window as unknown as { axe: Axe }).axe.run({ include: ['[role="dialog"]'] });
      return result.violations.map((violation) => `${violation.id} (${violation.nodes.length})`);
    },
    null,
  );
}
