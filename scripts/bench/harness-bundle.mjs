import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { readLibraries } from './reference-libraries.mjs';

const repo = resolve(fileURLToPath(import.meta.url), '../../..');
const CHROME_BUILD = join(repo, '.output/chrome-mv3');

/** Vite's `?inline` imports (a file's text as a string), which esbuild does not know: revisions before the design
 * tokens imported the highlight CSS that way, and scripts/bench-compare.mjs bundles them. */
const inlineImports = {
  name: 'vite-inline',
  setup(esbuild) {
    esbuild.onResolve({ filter: /\?inline$/ }, (args) => ({
      path: resolve(args.resolveDir, args.path.replace(/\?inline$/, '')),
      namespace: 'inline',
    }));
    esbuild.onLoad({ filter: /.*/, namespace: 'inline' }, async (args) => ({
      contents: await readFile(args.path, 'utf8'),
      loader: 'text',
      resolveDir: dirname(args.path),
    }));
  },
};

/** The CSS the built extension's manifest injects into every page, which the page session counts on. */
async function manifestCss() {
  const manifest = JSON.parse(
    await readFile(join(CHROME_BUILD, 'manifest.json'), 'utf8').catch(() => {
      throw new Error(`No extension build in ${CHROME_BUILD}: run npm run build first.`);
    }),
  );
  const files = (manifest.content_scripts ?? []).flatMap((script) => script.css ?? []);
  const sheets = await Promise.all(files.map((file) => readFile(join(CHROME_BUILD, file), 'utf8')));
  return sheets.join('\n');
}

/**
 * Bundles the page-side harness (our real matcher and content-script modules) into one script to evaluate in
 * a page, reads the reference libraries' browser builds, and the manifest's content-script CSS; `@/` is mapped
 * to the repo root as tsconfig's paths do, or to `root` (another revision's worktree, for scripts/bench-compare.mjs).
 * @returns {Promise<{ harness: string, libraries: Record<string, import('./reference-libraries.mjs').Library>,
 *   css: string }>}
 */
export async function harnessScripts({ root = repo } = {}) {
  const result = await build({
    entryPoints: [join(repo, 'scripts/bench/page-harness.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    write: false,
    alias: { '@': root },
    plugins: [inlineImports],
    logLevel: 'silent',
  });
  const harness = result.outputFiles[0]?.text;
  if (!harness) throw new Error('esbuild produced no harness bundle');
  return { harness, libraries: await readLibraries(repo), css: await manifestCss() };
}
