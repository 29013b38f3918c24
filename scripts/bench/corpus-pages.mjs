import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { CORPUS_DIR } from '../serve.mjs';

/**
 * The corpus's saved pages with their sizes, largest first: the bench picks its largest pages and a spread of
 * the rest from this order, and the end-to-end runs its largest few.
 * @returns {Promise<{ name: string, bytes: number }[]>}
 */
export async function corpusBySize() {
  const names = (await readdir(CORPUS_DIR)).filter((name) => name.endsWith('.html'));
  const pages = await Promise.all(
    names.map(async (name) => ({ name, bytes: (await stat(join(CORPUS_DIR, name))).size })),
  );
  return pages.sort((a, b) => b.bytes - a.bytes);
}
