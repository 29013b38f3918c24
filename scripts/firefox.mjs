/** Where Debian's Firefox ESR lives: the only Firefox this project uses (e2e, bench, demo). */
export const FIREFOX_PATH = '/usr/bin/firefox-esr';

/**
 * Corpus pages point at hundreds of hosts, and this machine's DNS makes each lookup hang for seconds. Firefox's
 * content scripts wait for `load`, and puppeteer's BiDi interception never hands redirected requests (HSTS upgrades)
 * to its handler, so Firefox gets a proxy that refuses every connection instead: every request off 127.0.0.1 fails
 * at once.
 */
export const OFFLINE_PREFS = {
  'network.proxy.type': 1,
  'network.proxy.http': '127.0.0.1',
  'network.proxy.http_port': 9,
  'network.proxy.ssl': '127.0.0.1',
  'network.proxy.ssl_port': 9,
  'network.proxy.no_proxies_on': '127.0.0.1',
  'network.proxy.allow_hijacking_localhost': false,
  'network.proxy.failover_direct': false,
};
