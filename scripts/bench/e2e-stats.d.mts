/** Types for tests: one load as the end-to-end runs record it (see e2e-chromium.mjs). */
export interface LoadSample {
  costMs: number;
  domContentLoaded: number;
  load: number;
  firstHighlight: number | null;
  jsBytes: number;
  reported: boolean;
  afterLoadMs: number;
}
/** Types for tests: one knowledge base's loads in one browser (see e2e-run.mjs); older runs have no `floor`. */
export interface KbRuns {
  key: string;
  label: string;
  entries: number;
  importMs: number;
  loads: { page: string; with: LoadSample[]; floor?: LoadSample[]; without: LoadSample[] }[];
  demo: { with: LoadSample[]; floor?: LoadSample[]; without: LoadSample[] };
}
/**
 * Types for tests: the end-to-end figures of one knowledge base in one browser, by name (their full shape is the
 * `KbFigures` typedef in e2e-stats.mjs).
 */
export declare function kbFigures(kb: KbRuns): Record<string, unknown>;
