import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validPack } from '@/tests/helpers/minimal-pack';
import { pageMatcherOf } from '@/tests/helpers/named-matcher';
import { pageBlocks } from '@/tests/realtext/page-text';
import { MentionGate } from '@/utils/mention-rules';
import { serve } from '../../scripts/serve.mjs';
import { type BrowserName, type ExtensionBrowser, launchBrowser } from './browsers';
import { HIGHLIGHT_NAMES, readHighlights } from './probes';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const REALTEXT = resolve(repo, '../shared/realtext');
/** Two pages about the peace process and one unrelated page that names France and the Netherlands in passing. */
const PAGES = ['on-01.html', 'on-07.html', 'off-02.html'];

/** What the Node evaluation (tests/realtext/evaluate.ts) says the page engine shows on a page, as sorted texts. */
function expectedTexts(file: string): string[] {
  const pack = validPack(readFileSync(resolve(repo, 'public/starter-pack.json'), 'utf8'), 0);
  const { matcher, facts } = pageMatcherOf(pack.entries);
  const gate = new MentionGate<number>({ facts, hostname: '', topicGate: true });
  const blocks = pageBlocks(readFileSync(resolve(REALTEXT, file), 'utf8'));
  for (const [block, text] of blocks.entries()) gate.put(block, [text], [matcher.find(text)]);
  return blocks
    .flatMap((text, block) => (gate.shown(block)[0] ?? []).map((hit) => text.slice(hit.start, hit.end)))
    .sort();
}

/**
 * The real-text evaluation runs in Node; this proves the browsers show the same: on real news excerpts, the
 * extension highlights exactly what the evaluation counted, in Chromium and Firefox alike.
 */
describe.each<BrowserName>(['chromium', 'firefox'])('real text in %s', (name) => {
  let site: Awaited<ReturnType<typeof serve>>;
  let ext: ExtensionBrowser;

  beforeAll(async () => {
    site = await serve(REALTEXT);
    ext = await launchBrowser(name);
  });
  afterAll(async () => {
    await ext?.close();
    await site?.close();
  });

  it.each(PAGES)('highlights on %s what the Node evaluation counts', async (file) => {
    const expected = expectedTexts(file);
    const page = await ext.openPage(`${site.url}${file}`);
    const shown = async () =>
      (await page.evaluate(readHighlights, HIGHLIGHT_NAMES)).map((range) => range.text).sort();
    await expect.poll(shown, { timeout: 15_000, interval: 250 }).toEqual(expected);
    await new Promise((done) => setTimeout(done, 1_000));
    expect(await shown()).toEqual(expected);
    if (file.startsWith('off-')) expect(expected).toEqual([]);
    else expect(expected.length).toBeGreaterThan(10);
    await page.close();
  });
});
