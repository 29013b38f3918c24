import type { IDBPDatabase } from 'idb';
import type { StanceMatrix } from '@/utils/dossier/matrix';
import {
  type EntryNumbering,
  type PageMatcher,
  readKeptMatcher,
  readKeptNumbering,
  writeKeptMatcher,
} from './kept-matcher';
import { readKeptMatrix, writeKeptMatrix } from './kept-matrix';
import type { KbSchema } from './layout';

/**
 * What the background derives from the records and keeps beside them, so a restarted background need not read
 * every record again: the stance matrix and the page matcher. Each is tagged with the write counter it was made at
 * and read and written in transactions of its own; none is a record, so its write bumps no version.
 */
export class KeptData {
  constructor(
    private readonly db: IDBPDatabase<KbSchema>,
    private readonly version: () => Promise<number>,
  ) {}

  /** The stance matrix as kept at `version`, or null when none is. */
  matrix(version: number): Promise<StanceMatrix | null> {
    return readKeptMatrix(this.db, version);
  }

  /** Keeps the stance matrix built at `version`; a matrix of a version already past is dropped. */
  async keepMatrix(version: number, matrix: StanceMatrix): Promise<void> {
    if (version === (await this.version())) await writeKeptMatrix(this.db, version, matrix);
  }

  /** The page matcher as kept at `version`, or null when none is. */
  matcher(version: number): Promise<PageMatcher | null> {
    return readKeptMatcher(this.db, version);
  }

  /** The entry numbering of the page matcher kept last, whatever its version, or null when none is. */
  numbering(): Promise<EntryNumbering | null> {
    return readKeptNumbering(this.db);
  }

  /**
   * Keeps the page matcher compiled at its version, even one a write has passed: it is read only at its own version,
   * and its entry numbering is the latest, which the next build goes on from (entrypoints/background/page-matcher.ts
   * builds one after another, so the last kept is the last built).
   */
  keepMatcher(matcher: PageMatcher): Promise<void> {
    return writeKeptMatcher(this.db, matcher);
  }
}
