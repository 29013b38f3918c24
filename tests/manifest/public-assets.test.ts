// @vitest-environment node
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { WxtHooks } from 'wxt';
import config from '../../wxt.config';

const root = join(import.meta.dirname, '../..');

/** The files the build hook adds to the package, as `relativeDest` → source path relative to the repository. */
async function addedAssets(): Promise<Map<string, string>> {
  const files: { absoluteSrc: string; relativeDest: string }[] = [];
  // wxt.config.ts writes the hook flat, by its full name.
  const hook = (config.hooks as Partial<WxtHooks> | undefined)?.['build:publicAssets'];
  if (typeof hook !== 'function') throw new Error('wxt.config.ts: no build:publicAssets hook');
  // The hook only pushes onto the list it is given; it does not read the WXT instance.
  await hook({} as never, files as never);
  return new Map(files.map((file) => [file.relativeDest, file.absoluteSrc.slice(root.length + 1)]));
}

describe('assets the build adds', () => {
  it('ships the privacy statement the first-run guide links to (/privacy.txt)', async () => {
    expect((await addedAssets()).get('privacy.txt')).toBe('docs/privacy.md');
  });

  it('keeps the statement ASCII, as it is served as plain text with no charset', () => {
    const text = readFileSync(join(root, 'docs/privacy.md'), 'utf8');
    const outside = [...text].filter((char) => char.charCodeAt(0) > 0x7e);
    expect(outside).toEqual([]);
    expect(text).toMatch(/What leaves your computer/);
  });
});
