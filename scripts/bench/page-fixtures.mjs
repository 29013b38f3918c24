import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateNewsPage } from './generate-page.mjs';

/** Size of the generated news page: several times the largest saved page of the corpus. */
export const NEWS_PAGE_BYTES = 5_000_000;

/**
 * Writes the generated news page (mentions drawn half from the starter pack, half from the generated entries)
 * and an empty page for heap measurements into a temporary folder to serve.
 * @param {{ starter: string[], generated: string[] }} texts alias texts of each knowledge base
 * @returns {Promise<{ dir: string, news: string, blank: string, newsBytes: number, remove: () => Promise<void> }>}
 */
export async function writePageFixtures({ starter, generated }) {
  const dir = await mkdtemp(join(tmpdir(), 'fact-linker-bench-'));
  const mentions = [...generated, ...generated.map((_, i) => starter[i % starter.length] ?? '')];
  const html = generateNewsPage({ mentions, bytes: NEWS_PAGE_BYTES });
  await writeFile(join(dir, 'news.html'), html);
  await writeFile(
    join(dir, 'blank.html'),
    '<!doctype html><html><head><title>blank</title></head><body></body></html>',
  );
  return {
    dir,
    news: 'news.html',
    blank: 'blank.html',
    newsBytes: Buffer.byteLength(html),
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}
