import { useRef, useState } from 'preact/hooks';
import { t } from '@/utils/i18n/t';
import type { OriginLabel } from '@/utils/installed-pack';
import type { Entry, Fact, Stance } from '@/utils/model';
import { CallError, call } from '@/utils/protocol/call';
import type { Removed } from '@/utils/store/cascade';
import type { EntryDraft, LoadedRevs } from '@/utils/store/save-draft';
import { loadedRevs, rebaseDraft } from './draft-revisions';
import type { Notify } from './notices';
import { localDate, prefilledSource } from './prefill';
import type { Prefill } from './route';
import { errorText, quoted } from './wording';

/** What a form starts from: a stored entry with its facts and stances, or a new one (entry null, or prefilled). */
export interface EditorStart {
  entry: Entry | null;
  facts: Fact[];
  stances: Stance[];
}

/** The entry being edited: what the form started from, and the stored version when a save collided with it. */
export interface EditorSession {
  source: EditorStart;
  /** Not stored yet (or deleted elsewhere meanwhile): saving creates it. */
  isNew: boolean;
  conflict: EntryDraft | null;
  /** Changes whenever the form must restart from `source`, even at the same revision. */
  generation: number;
  /** Where the stored entry came from (which packs, edited or not); null for a new entry or when unknown. */
  origin: OriginLabel | null;
}

/** The editor's state and the actions the entries panel wires to EntryEditor. */
export interface Editor {
  session: EditorSession | null;
  /** The id of the entry saved last, so the list can show it; null after a delete. */
  saved: string | null;
  open(id: string): void;
  create(prefill?: Prefill): void;
  /** Opens the form on an unsaved entry prepared elsewhere (a suggestion from the page), for review before saving. */
  createFrom(start: EditorStart): void;
  save(draft: EntryDraft): void;
  overwrite(draft: EntryDraft): void;
  reload(): void;
  remove(): void;
  close(): void;
}

const EMPTY: EditorStart = { entry: null, facts: [], stances: [] };
let generations = 0;

/** Opens, saves and deletes entries through the background, turning revision conflicts into the editor's alert. */
export function useEditor(notify: Notify, onDeleted: (removed: Removed) => void): Editor {
  const [session, setSession] = useState<EditorSession | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const current = useRef(session);
  current.current = session;
  const busy = useRef(false);

  const show = (source: EditorStart, isNew: boolean, origin: OriginLabel | null = null) =>
    setSession({ source, isNew, conflict: null, generation: ++generations, origin });
  const patch = (change: Partial<EditorSession>) =>
    setSession((before) => before && { ...before, ...change });

  async function run(task: () => Promise<void>) {
    if (busy.current) return;
    busy.current = true;
    try {
      await task();
    } finally {
      busy.current = false;
    }
  }

  async function failed(error: unknown, entry: Entry) {
    const code = error instanceof CallError ? error.code : undefined;
    const stored = code ? await call('kb.draft', { id: entry.id }).catch(() => null) : null;
    if (code === 'conflict' && stored) return patch({ conflict: stored });
    if (code && !stored && !current.current?.isNew) {
      patch({ isNew: true, conflict: null });
      return notify.error(t('error_deleted_elsewhere', quoted(entry.name)));
    }
    notify.error(errorText(error));
  }

  const write = (draft: EntryDraft, expectedRev: number | null, loaded: LoadedRevs) =>
    run(async () => {
      try {
        const entry = await call('kb.saveDraft', { draft, expectedRev, loaded });
        setSession(null);
        setSaved(entry.id);
        notify.status(t('status_saved', quoted(entry.name)));
      } catch (error) {
        await failed(error, draft.entry);
      }
    });

  return {
    session,
    saved,
    open: (id) =>
      void run(async () => {
        const [draft, origin] = await Promise.all([
          call('kb.draft', { id }).catch((error) => {
            notify.error(errorText(error));
            return undefined;
          }),
          call('kb.origin', { id }).catch(() => null),
        ]);
        if (draft) show(draft, false, origin);
        else if (draft === null) notify.error(t('error_entry_gone'));
      }),
    create: (prefill) => show(prefill ? prefilledSource(prefill, localDate(new Date())) : EMPTY, true),
    createFrom: (start) => show(start, true),
    save: (draft) => {
      const now = current.current;
      if (now) void write(draft, now.isNew ? null : (now.source.entry?.rev ?? null), loadedRevs(now.source));
    },
    overwrite: (draft) => {
      const stored = current.current?.conflict;
      if (stored) void write(rebaseDraft(draft, stored), stored.entry.rev, loadedRevs(stored));
    },
    reload: () => {
      const stored = current.current?.conflict;
      if (stored) show(stored, false, current.current?.origin ?? null);
    },
    remove: () => {
      const now = current.current;
      const entry = now?.source.entry;
      if (!now || !entry || now.isNew) return setSession(null);
      void run(async () => {
        try {
          const removed = await call('kb.deleteEntry', { id: entry.id, expectedRev: entry.rev });
          setSession(null);
          setSaved(null);
          onDeleted(removed);
        } catch (error) {
          if (!(error instanceof CallError && error.code === 'not-found')) return failed(error, entry);
          setSession(null);
          notify.status(t('status_already_deleted', quoted(entry.name)));
        }
      });
    },
    close: () => setSession(null),
  };
}
