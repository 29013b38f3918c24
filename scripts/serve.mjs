import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = resolve(fileURLToPath(import.meta.url), '../..');

/** The demo news page's folder, served at `/` by default. */
export const DEMO_DIR = join(repo, 'scripts/demo-page');
/** The shared corpus of real pages (`../shared/corpus` from the repo), served under `/corpus/`. */
export const CORPUS_DIR = resolve(repo, '../shared/corpus');

/** Corpus pages' own scripts point at the network: they are blocked so the pages stay as saved. */
const CORPUS_CSP = "script-src 'none'; connect-src 'none'; frame-src 'none'";

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};

/** Maps a request path onto a file inside `root`, or null when it would escape it. */
function locate(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  const file = normalize(join(root, decoded.endsWith('/') ? `${decoded}index.html` : decoded));
  return file === root || file.startsWith(root + sep) ? file : null;
}

/**
 * Serves `dir` at `/` and the shared corpus at `/corpus/` on 127.0.0.1 with a free port: content scripts
 * run on http pages, not on file://.
 * `headers` go on every response outside the corpus (a strict CSP, for instance).
 * @param {string} [dir]
 * @param {Record<string, string>} [headers]
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export async function serve(dir = DEMO_DIR, headers = {}) {
  const root = resolve(dir);
  const server = createServer(async (req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://127.0.0.1');
    const inCorpus = pathname.startsWith('/corpus/');
    const file = inCorpus ? locate(CORPUS_DIR, pathname.slice('/corpus'.length)) : locate(root, pathname);
    const info = file ? await stat(file).catch(() => null) : null;
    if (!file || !info?.isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    res.writeHead(200, {
      'content-type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
      'cache-control': 'no-store',
      ...(inCorpus ? { 'content-security-policy': CORPUS_CSP } : headers),
    });
    createReadStream(file).pipe(res);
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', () => done(undefined)));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { url } = await serve(process.argv[2]);
  console.log(`Serving ${process.argv[2] ?? DEMO_DIR} at ${url} (corpus at ${url}corpus/); Ctrl+C stops.`);
}
