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
/** Types for tests: the figures the end-to-end section and targets report for one knowledge base. */
export interface KbFigures {
  key: string;
  label: string;
  entries: number;
  importMs: number;
  pages: number;
  addedCostMs: number;
  addedCostRange: [number, number];
  floorCostMs: number;
  beyondFloorMs: number;
  withCostMs: number;
  withoutCostMs: number;
  addedLoadMs: number;
  firstHighlightMs: number;
  highlightsSeen: number;
  demoRuns: number;
  addedHeapBytes: number;
  floorHeapBytes: number;
  withHeapBytes: number;
  unreported: number;
}
/** Types for tests: the end-to-end figures of one knowledge base in one browser. */
export declare function kbFigures(kb: KbRuns): KbFigures;
