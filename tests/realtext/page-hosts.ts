/**
 * Each page's hostname, read from the address column of the set's SOURCE.md, so the evaluation can give the page
 * engine's outlet rule the host the page came from, as a browser would.
 */
export function pageHosts(source: string): Map<string, string> {
  const hosts = new Map<string, string>();
  for (const match of source.matchAll(/^\| ((?:on|off)-\d+\.html) \| (https?:\/\/[^\s|]+) \|/gm)) {
    hosts.set(match[1]!, new URL(match[2]!).hostname);
  }
  return hosts;
}
