import { buildMatrix, type MatrixPage, matrixPage, type StanceMatrix } from '@/utils/dossier/matrix';
import { readStanceSource } from '@/utils/store/dossier-read';
import type { Kb } from '@/utils/store/kb';

/** How long writes must pause before the matrix is rebuilt: a staged import or a run of edits is many writes. */
const SETTLE_MS = 1000;

/** What the keeper builds from and how long it lets writes settle. */
export interface MatrixKeeperDeps {
  kb: () => Promise<Kb>;
  /** The matrix from the dossier's full build of the stored version, which a reader's open starts anyway. */
  fromBuild: () => Promise<StanceMatrix>;
  settleMs?: number;
}

/**
 * Keeps the stance matrix of the stored version ready before the reader asks: it is rebuilt (entries and stances
 * alone, not the facts) once writes settle, and kept in the database, so the first open after a write or after the
 * background restarts reads the kept matrix instead of every entry and stance. Asked for before then, it comes from
 * the dossier's own build, which is then kept too. A failed build is forgotten, so the next request tries again.
 */
export class MatrixKeeper {
  #kept: { version: number; matrix: Promise<StanceMatrix> } | null = null;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly deps: MatrixKeeperDeps) {}

  /** A page of the stored version's matrix: from memory, else as kept in the database, else built now. */
  async page(offset: number, limit: number): Promise<MatrixPage> {
    return matrixPage(await this.#current(), offset, limit);
  }

  /**
   * The dossier is opening: a rebuild still waiting for writes to settle gives way to its first page, which would
   * otherwise wait behind the rebuild's read, and once that page is read the matrix is got, before the dossier's long
   * read, since Chromium answers transactions in turn. Settles (never fails) once the matrix is got: kept, or from
   * the dossier's own build, which it then started.
   */
  async opened(firstPage: Promise<unknown>): Promise<void> {
    clearTimeout(this.#timer);
    await firstPage.catch(() => undefined);
    await this.#current().catch(() => undefined);
  }

  /** Rebuilds the matrix once writes have paused: what the knowledge base's change listener calls. */
  changed(): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.#rebuild(), this.deps.settleMs ?? SETTLE_MS);
  }

  async #current(): Promise<StanceMatrix> {
    const db = await this.deps.kb();
    const version = await db.version();
    if (this.#kept?.version !== version) {
      const kept = db.kept.matrix(version).catch(() => null);
      this.#hold(
        version,
        kept.then(async (matrix) => matrix ?? this.#keep(db, version, await this.deps.fromBuild())),
      );
    }
    return this.#kept!.matrix;
  }

  async #rebuild(): Promise<void> {
    const db = await this.deps.kb();
    const version = await db.version();
    if (this.#kept?.version === version) return;
    const built = db.read((tx) => readStanceSource(tx)).then(buildMatrix);
    this.#hold(
      version,
      built.then((matrix) => this.#keep(db, version, matrix)),
    );
  }

  /** Holds the version's matrix while it is got; forgets it if getting it failed. */
  #hold(version: number, matrix: Promise<StanceMatrix>): void {
    const held = { version, matrix };
    this.#kept = held;
    matrix.catch((error) => {
      if (this.#kept === held) this.#kept = null;
      console.warn('Fact Linker could not build its stance matrix', error);
    });
  }

  /** Stores a matrix just built, so a restarted background reads it; a failed store costs only that. */
  #keep(db: Kb, version: number, matrix: StanceMatrix): StanceMatrix {
    db.kept
      .keepMatrix(version, matrix)
      .catch((error) => console.warn('Fact Linker could not keep its stance matrix', error));
    return matrix;
  }
}
