/** The slice of `browser.runtime` the address needs. */
interface Runtime {
  id: string;
  getURL(path: string): string;
}

/**
 * Where the popover frame is loaded from and which origin its document really has. Chrome hands content scripts
 * a per-session dynamic address (`use_dynamic_url`) whose document still runs at the extension's own origin, so
 * the port must be posted to `chrome-extension://<id>`; Firefox's address already is the document's origin.
 */
export function frameAddress(runtime: Runtime): { url: string; origin: string } {
  const url = runtime.getURL('/popover.html');
  const origin = import.meta.env.FIREFOX ? new URL(url).origin : `chrome-extension://${runtime.id}`;
  return { url, origin };
}
