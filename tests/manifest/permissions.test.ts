import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import config from '../../wxt.config';

/** The API namespaces that need a permission of the same name, and those any extension may use. */
const GATED = [
  'storage',
  'contextMenus',
  'alarms',
  'scripting',
  'cookies',
  'history',
  'downloads',
  'webRequest',
];
const FREE = ['runtime', 'tabs', 'action', 'commands', 'i18n', 'windows', 'permissions', 'extension'];

const PRODUCTION = ['entrypoints', 'utils', 'components'];
const root = join(import.meta.dirname, '../..');

function productionSources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((item) => {
    const path = join(dir, item.name);
    if (item.isDirectory()) return productionSources(path);
    return /\.tsx?$/.test(item.name) && !/\.test(-d)?\.tsx?$/.test(item.name) ? [path] : [];
  });
}

/** Every `browser.x` / `chrome.x` namespace the shipped code names. */
function usedNamespaces(): Set<string> {
  const code = PRODUCTION.flatMap((dir) => productionSources(join(root, dir))).map((path) =>
    readFileSync(path, 'utf8'),
  );
  return new Set(
    code.flatMap((text) => [...text.matchAll(/\b(?:browser|chrome)\.(\w+)\b/g)].map((m) => m[1]!)),
  );
}

/** What is wrong between the declared permissions and the namespaces used: unused, missing, or unknown. */
function permissionProblems(declared: readonly string[], used: ReadonlySet<string>): string[] {
  return [
    ...declared.filter((name) => !used.has(name)).map((name) => `declared but unused: ${name}`),
    ...[...used]
      .filter((name) => GATED.includes(name) && !declared.includes(name))
      .map((n) => `missing: ${n}`),
    ...[...used].filter((name) => !GATED.includes(name) && !FREE.includes(name)).map((n) => `unknown: ${n}`),
  ];
}

async function manifestFor(browser: 'chrome' | 'firefox') {
  const manifest = config.manifest;
  if (typeof manifest !== 'function')
    throw new Error('wxt.config.ts: manifest is expected to be per browser');
  return manifest({ browser, manifestVersion: 3, mode: 'production', command: 'build' });
}

describe('manifest permissions', () => {
  it.each(['chrome', 'firefox'] as const)(
    '%s: declares exactly the permissions the code uses',
    async (browser) => {
      const manifest = await manifestFor(browser);
      expect(manifest.permissions).toEqual(['storage', 'contextMenus', 'alarms']);
      expect(permissionProblems(manifest.permissions ?? [], usedNamespaces())).toEqual([]);
    },
  );

  it.each(['chrome', 'firefox'] as const)(
    '%s: asks for no tab data beyond the pages it runs on',
    async (browser) => {
      const manifest = await manifestFor(browser);
      expect(manifest.permissions).not.toContain('tabs');
      const pages = (manifest.content_scripts ?? []).flatMap((script) => script.matches ?? []);
      expect(manifest.host_permissions).toEqual(pages);
      expect(manifest.host_permissions).toEqual(['http://*/*', 'https://*/*']);
    },
  );

  it.each(['chrome', 'firefox'] as const)(
    '%s: may ask, one host at a time, to fetch subscribed packs over https (or from this computer)',
    async (browser) => {
      const manifest = await manifestFor(browser);
      expect(manifest.optional_host_permissions).toEqual([
        'https://*/*',
        'http://localhost/*',
        'http://127.0.0.1/*',
      ]);
    },
  );

  it('flags a permission-gated API used without its permission, and a permission nothing uses', () => {
    expect(permissionProblems(['storage'], new Set(['storage', 'tabs', 'alarms']))).toEqual([
      'missing: alarms',
    ]);
    expect(permissionProblems(['storage', 'history'], new Set(['storage']))).toEqual([
      'declared but unused: history',
    ]);
    expect(permissionProblems([], new Set(['bookmarks']))).toEqual(['unknown: bookmarks']);
  });
});
