// Runtime messages reach every extension page, so a test can hear what a tab asks the background without a hook
// in the extension: what the page script asks for shows which of its paths ran.

/** Extension page: notes the type of every request a tab sends the extension (this listener answers none). */
export function listenForRequests(): void {
  type Api = {
    runtime: {
      onMessage: { addListener(listener: (message: unknown, sender: { url?: string }) => void): void };
    };
  };
  const scope = globalThis as unknown as { browser?: Api; chrome: Api; heard?: [string, string][] };
  if (scope.heard) return;
  const heard: [string, string][] = [];
  scope.heard = heard;
  (scope.browser ?? scope.chrome).runtime.onMessage.addListener((message, sender) => {
    const type = (message as { type?: unknown } | null)?.type;
    if (typeof type === 'string' && sender.url) heard.push([sender.url, type]);
  });
}

/** Extension page: the types of the requests heard from the tab at `url`. */
export function requestsFrom(url: string): string[] {
  const heard = (globalThis as unknown as { heard?: [string, string][] }).heard ?? [];
  return heard.filter(([from]) => from === url).map(([, type]) => type);
}
