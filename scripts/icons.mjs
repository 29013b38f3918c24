// Renders the toolbar and store icons from scripts/icons/icon.svg into public/icon/ (the extension's look) and
// public/icon-off/ (a grey one, shown while Fact Linker is paused or off on a site), in the sizes both stores ask
// for. Run `node scripts/icons.mjs` after editing the SVG; the PNGs are committed.
import { mkdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './chromium.mjs';

const repo = resolve(fileURLToPath(import.meta.url), '../..');
const SIZES = [16, 32, 48, 96, 128];
/** Each look: its folder and the colours the SVG's variables take. */
const LOOKS = [
  { dir: 'icon', bg: '#23408e', mark: '#ffb800' },
  { dir: 'icon-off', bg: '#7b808a', mark: '#c9ccd1' },
];

const svg = await readFile(join(repo, 'scripts/icons/icon.svg'), 'utf8');
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
try {
  const page = await browser.newPage();
  for (const look of LOOKS) {
    await mkdir(join(repo, 'public', look.dir), { recursive: true });
    for (const size of SIZES) {
      await page.setViewportSize({ width: size, height: size });
      await page.setContent(
        `<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px;--bg:${look.bg};--mark:${look.mark}}</style>${svg}`,
      );
      await page.screenshot({ path: join(repo, 'public', look.dir, `${size}.png`), omitBackground: true });
    }
  }
} finally {
  await browser.close();
}
