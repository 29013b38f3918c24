import { call } from '@/utils/protocol/call';

/** The slice of `browser.runtime` the address needs. */
interface Runtime {
  id: string;
  getURL(path: string): string;
}

/** Our pages that a page script embeds in a frame (listed as web-accessible in wxt.config.ts). */
export type FramePage = '/popover.html' | '/paint.html';

/**
 * Where one of our frames is loaded from and which origin its document really has. Chrome hands content scripts
 * a per-session dynamic address (`use_dynamic_url`) whose document still runs at the extension's own origin, so
 * the port must be posted to `chrome-extension://<id>`; Firefox's address already is the document's origin.
 */
export function frameAddress(runtime: Runtime, page: FramePage): { url: string; origin: string } {
  const url = runtime.getURL(page);
  const origin = import.meta.env.FIREFOX ? new URL(url).origin : `chrome-extension://${runtime.id}`;
  return { url, origin };
}

/** This tab's frame ticket, which our frames ask the background for too and compare before taking a port. */
export async function frameTicket(): Promise<string> {
  return (await call('ui.frameTicket', {})).ticket;
}
