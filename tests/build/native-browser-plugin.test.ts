import type { ResolvedConfig } from 'vite';
import { describe, expect, it } from 'vitest';
import { NATIVE_BROWSER, nativeBrowserPlugin } from '../../scripts/native-browser-plugin';

/** The plugin as WXT's build of one entrypoint runs it: its resolved config, then a module to resolve. */
function resolveIn(build: ResolvedConfig['build'], source: string): unknown {
  const plugin = nativeBrowserPlugin(['page', 'other-page-script']);
  (plugin.configResolved as (config: ResolvedConfig) => void)({ build } as ResolvedConfig);
  return (plugin.resolveId as (source: string) => unknown)(source);
}

const lib = (fileName: string) => ({ lib: { entry: 'x.ts', fileName } }) as ResolvedConfig['build'];

describe('nativeBrowserPlugin', () => {
  it('gives the named scripts the browser namespace in place of the polyfill', () => {
    expect(resolveIn(lib('page'), '@wxt-dev/webextension-polyfill/browser')).toBe(NATIVE_BROWSER);
    expect(resolveIn(lib('other-page-script'), 'wxt/browser')).toBe(NATIVE_BROWSER);
  });

  it('leaves the polyfill to every other build', () => {
    expect(resolveIn(lib('background'), '@wxt-dev/webextension-polyfill/browser')).toBeNull();
    expect(resolveIn({} as ResolvedConfig['build'], 'wxt/browser')).toBeNull();
  });

  it('leaves every other module alone in the named scripts', () => {
    expect(resolveIn(lib('page'), 'webextension-polyfill')).toBeNull();
    expect(resolveIn(lib('page'), 'valibot')).toBeNull();
  });
});
