/** Types for tests: a knowledge base as the pack files a reader would import (see kb-packs.mjs). */
export interface KbPack {
  key: string;
  label: string;
  entries: number;
  texts: string[];
}
/** Types for tests: the starter pack, then each size of generated entries plus the starter pack, as pack texts. */
export declare function kbPacks(repo: string, sizes?: number[]): Promise<KbPack[]>;
/** Types for tests: the bench's import of pack texts through the staged calls, as an extension page runs it. */
export declare function importPackTexts(texts: string[]): Promise<void>;
