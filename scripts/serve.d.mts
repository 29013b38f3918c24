/** The demo news page's folder, served at `/` by default. */
export declare const DEMO_DIR: string;
/** The shared corpus of real pages, served under `/corpus/`. */
export declare const CORPUS_DIR: string;
/**
 * Types for tests: serves `dir` at `/` and the corpus at `/corpus/` on 127.0.0.1 with a free port, with `headers`
 * on every response outside the corpus.
 */
export declare function serve(
  dir?: string,
  headers?: Record<string, string>,
): Promise<{ url: string; close: () => Promise<void> }>;
