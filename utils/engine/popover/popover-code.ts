import type { StartPopover } from '@/entrypoints/popover-host/popover-controller';

/**
 * The global through which the popover's code, as it is evaluated, hands its start function to the page script.
 * Both run in the extension's isolated world (Chromium) or content-script sandbox (Firefox), whose globals the page
 * can neither see nor set, and the page script removes it as soon as the import settles.
 */
const HOOK = '__factLinkerPopover';

type Hooked = typeof globalThis & { [HOOK]?: (start: StartPopover) => void };

/** Evaluates a module; `import()` in the page script, which each browser runs in the content script's own world. */
type ImportModule = (url: string) => Promise<unknown>;

const importModule: ImportModule = (url) => import(/* @vite-ignore */ url);

/** Called by the popover's code (entrypoints/popover-host) as it runs: gives its start function to whoever asked. */
export function handOverPopover(start: StartPopover): void {
  (globalThis as Hooked)[HOOK]?.(start);
}

/**
 * Loads the popover's code from `url` (a web-accessible script of ours) and resolves with its start function, so
 * a page whose reader never meets a mention never parses it (issue 11). A module runs once per document, so a
 * caller keeps the result rather than loading twice. Fails with an error where the browser refuses the import:
 * Firefox does on pages with an opaque origin (CSP `sandbox`), where it does not load the popover frame either.
 */
export async function loadPopoverCode(url: string, load: ImportModule = importModule): Promise<StartPopover> {
  const hooked = globalThis as Hooked;
  let handed: StartPopover | null = null;
  hooked[HOOK] = (start) => {
    handed = start;
  };
  try {
    await load(url);
  } finally {
    delete hooked[HOOK];
  }
  if (!handed) throw new Error(`the popover code at ${url} did not hand over its start`);
  return handed;
}
