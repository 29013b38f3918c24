import { type IDBPDatabase, openDB } from 'idb';
import type { OriginLabel } from '@/utils/installed-pack';
import type { AliasRecord, Card, Entry } from '@/utils/model';
import { aliasRecordsOf } from './alias-records';
import { buildCards } from './cards';
import { type Removed, removeEntry, restoreRemoved } from './cascade';
import { DB_NAME, DB_VERSION, upgradeKb } from './database';
import { markDraftOrigins, snapshotDraft } from './draft-origins';
import { KeptData } from './kept-data';
import { type KbSchema, type ReadTx, STORES, type WriteTx } from './layout';
import { originOf } from './origins';
import { writeFailure } from './quota';
import { readDraft } from './read-all';
import { type EntryDraft, type LoadedRevs, writeDraft } from './save-draft';
import { SeenLog } from './seen-log';
import { labelOf, readPackView } from './visibility';

/** Opens (creating or upgrading) the knowledge base; only the background should hold it. */
export async function openKb(name: string = DB_NAME): Promise<Kb> {
  return new Kb(await openDB<KbSchema>(name, DB_VERSION, { upgrade: upgradeKb }));
}

/**
 * The knowledge base: typed reads, revision-checked writes, and change notifications. Every write is one transaction
 * that also bumps the `version` counter; listeners hear of it after it commits, and never of a write that failed.
 */
export class Kb {
  readonly #db: IDBPDatabase<KbSchema>;
  readonly #listeners = new Set<(version: number) => void>();
  /** The write counter once read: only this connection writes, so it follows our own commits from then on. */
  #version: Promise<number> | null = null;

  /** The stance matrix and page matcher kept beside the records, on the same connection. */
  readonly kept: KeptData;

  constructor(db: IDBPDatabase<KbSchema>) {
    this.#db = db;
    this.kept = new KeptData(db, () => this.version());
  }

  /** Every entry, by id. */
  async entries(): Promise<Entry[]> {
    return this.#db.getAll('entries');
  }

  /** Every entry pages may see: all but those whose every pack is disabled. */
  visibleEntries(): Promise<Entry[]> {
    return this.read(async (tx) => {
      const { hidden } = await readPackView(tx);
      const entries = await tx.objectStore('entries').getAll();
      return hidden.entries.size === 0 ? entries : entries.filter((entry) => !hidden.entries.has(entry.id));
    });
  }

  /** Which packs an entry came from, by title, and whether the reader edited it: what the editor shows. */
  origin(id: string): Promise<OriginLabel> {
    return this.read(async (tx) =>
      labelOf(await originOf(tx, 'entries', id), (await readPackView(tx)).titles),
    );
  }

  /** An entry with every fact and stance that concerns it, as the editor opens it; null when the entry is gone. */
  draft(id: string): Promise<EntryDraft | null> {
    return this.read((tx) => readDraft(tx, id));
  }

  /**
   * Saves an editor's draft: creates the entry (`expectedRev` null) or updates the one stored at `expectedRev`, with
   * its facts and stances, each under its own revision check, removing only the `loaded` ones the draft left out;
   * returns the entry as stored. The records it creates are the reader's own; pack records it changes are marked
   * edited.
   */
  saveDraft(draft: EntryDraft, expectedRev: number | null, loaded: LoadedRevs): Promise<Entry> {
    return this.write(async (tx) => {
      const before = await snapshotDraft(tx, draft);
      const entry = await writeDraft(tx, draft, expectedRev, loaded, Date.now());
      await markDraftOrigins(tx, before);
      return entry;
    });
  }

  /** Deletes an entry with its stances and sole facts, detaching the records that point at it. */
  deleteEntry(id: string, expectedRev: number): Promise<Removed> {
    return this.write((tx) => removeEntry(tx, id, expectedRev, Date.now()));
  }

  /** Undoes `deleteEntry` exactly, or throws and changes nothing. */
  restore(removed: Removed): Promise<void> {
    return this.write((tx) => restoreRemoved(tx, removed));
  }

  /** Every alias the matcher compiles, names included, of the entries pages may see. */
  async aliasRecords(): Promise<AliasRecord[]> {
    return aliasRecordsOf(await this.visibleEntries());
  }

  /** Popover cards for the given entries, read consistently in one transaction; hidden records are left out. */
  cards(ids: string[]): Promise<Card[]> {
    return this.read(async (tx) => buildCards(tx, ids, await readPackView(tx)));
  }

  /** The mention log, on the same connection: its writes are not knowledge-base writes and bump no version. */
  seenLog(): SeenLog {
    return new SeenLog(this.#db);
  }

  /**
   * The write counter: grows by one with every committed write. Read from the database once, then kept by `write`,
   * so the many requests that check it (every page's matcher, every dossier page) do not queue a transaction behind
   * a long read: in Chromium a 50,000-fact read held the dossier's matrix request back by two seconds.
   */
  version(): Promise<number> {
    if (!this.#version) {
      const reading = this.#db.get('meta', 'version').then((stored) => Number(stored ?? 0));
      reading.catch(() => {
        if (this.#version === reading) this.#version = null;
      });
      this.#version = reading;
    }
    return this.#version;
  }

  /** Whether the starter pack was installed once, so first-run setup happens only once. */
  async starterInstalled(): Promise<boolean> {
    return (await this.#db.get('meta', 'starterInstalled')) === true;
  }

  /** Calls `listener` with the new version after each committed write; returns the unsubscribe function. */
  onChange(listener: (version: number) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Runs `run` in one read transaction over every store. */
  read<T>(run: (tx: ReadTx) => Promise<T>): Promise<T> {
    return run(this.#db.transaction(STORES, 'readonly'));
  }

  /** Runs `run` in one write transaction over every store, bumps the version, and notifies once it commits. */
  async write<T>(run: (tx: WriteTx) => Promise<T>): Promise<T> {
    const tx = this.#db.transaction(STORES, 'readwrite');
    let result: T;
    let version: number;
    try {
      result = await run(tx);
      const meta = tx.objectStore('meta');
      version = Number((await meta.get('version')) ?? 0) + 1;
      await meta.put(version, 'version');
      await tx.done;
    } catch (error) {
      // A failed request has already aborted the transaction (and set its error); anything else is aborted here.
      if (!tx.error) tx.abort();
      await tx.done.catch(() => undefined);
      throw writeFailure(error, tx.error);
    }
    this.#version = Promise.resolve(version);
    for (const listener of [...this.#listeners]) listener(version);
    return result;
  }

  /** Closes the connection. */
  close(): void {
    this.#db.close();
  }
}
