import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

/** The build's steps as the checkout names them; every revision since the automaton's split has these paths. */
const ENTRY = `
export { matcherSteps } from '@/utils/matcher/compile-matcher';
export { aliasTableSteps } from '@/utils/matcher/alias-table';
export { trieSteps } from '@/utils/matcher/trie';
export { automatonSteps } from '@/utils/matcher/automaton';
export { aliasRecordsOf } from '@/utils/store/alias-records';
`;

/**
 * One checkout's matcher build and alias records, bundled for Node with `@/` mapped to `root`, in a file of the
 * system's temporary folder: imported once per side to time two revisions in one process, or by fresh processes
 * for a cold build.
 * @param {string} root a checkout of the repository (this one, or a worktree of another revision)
 * @returns {Promise<string>} the bundle's file URL
 */
export async function compileBundle(root) {
  const result = await build({
    stdin: { contents: ENTRY, resolveDir: root, loader: 'ts' },
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    write: false,
    alias: { '@': root },
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]?.text;
  if (!code) throw new Error(`esbuild produced no bundle for ${root}`);
  const file = join(await mkdtemp(join(tmpdir(), 'fact-linker-compile-')), 'compile.mjs');
  await writeFile(file, code);
  return pathToFileURL(file).href;
}
