import { useLayoutEffect, useRef } from 'preact/hooks';
import { EntriesView } from '@/components/popup/entries-view';
import { EntryEditor } from '@/components/popup/entry-editor';
import { SeenList } from '@/components/popup/seen-list';
import { t } from '@/utils/i18n/t';
import type { Entry } from '@/utils/model';
import { conflictLines } from './draft-revisions';
import type { Editor } from './use-editor';
import { useSeenPages } from './use-seen-pages';

/** Props of {@link EntriesPanel}. */
export interface EntriesPanelProps {
  entries: Entry[] | null;
  editor: Editor;
  /** Opened in a tab: the list stays beside the editor where the window is wide enough. */
  wide?: boolean;
}

/**
 * The "Entries" tab: the list, or the editor of the entry opened from it with the pages it was seen in (in a tab,
 * both side by side). Focus follows the switch (into the
 * form's first field, back to the search box, or to the list showing the entry just saved) so keyboard readers
 * never land on the page's body.
 */
export function EntriesPanel({ entries, editor, wide = false }: EntriesPanelProps) {
  const box = useRef<HTMLDivElement | null>(null);
  const previous = useRef<string | null>(null);
  const session = editor.session;
  const shown = entries === null ? 'loading' : session ? `editor-${session.generation}` : 'list';
  const storedId = session && !session.isNew ? (session.source.entry?.id ?? null) : null;
  const seen = useSeenPages(storedId);

  useLayoutEffect(() => {
    if (shown === 'loading') return;
    const before = previous.current;
    previous.current = shown;
    if (shown === 'list' && before === null) return;
    const back = editor.saved ? '[role="listbox"]' : 'input[type="search"]';
    const target = shown === 'list' ? back : '.fl-editor input, .fl-editor select, .fl-editor textarea';
    box.current?.querySelector<HTMLElement>(target)?.focus();
  }, [shown]);

  if (entries === null) return <p class="fl-empty">{t('entries_loading')}</p>;
  const nameOf = (id: string) => entries.find((entry) => entry.id === id)?.name ?? id;
  const list = (
    <EntriesView
      entries={entries}
      selectedId={session ? (session.source.entry?.id ?? null) : editor.saved}
      onOpen={editor.open}
      onCreate={() => editor.create()}
    />
  );
  return (
    <div ref={box} class={wide ? 'fl-split' : undefined}>
      {(wide || !session) && list}
      {session ? (
        <div>
          <EntryEditor
            key={session.generation}
            entry={session.source.entry}
            facts={session.source.facts}
            stances={session.source.stances}
            origin={session.origin}
            entries={entries}
            conflict={session.conflict && conflictLines(session.source, session.conflict, nameOf)}
            onSave={editor.save}
            onDelete={editor.remove}
            onReloadConflict={editor.reload}
            onOverwriteConflict={editor.overwrite}
            onCancel={editor.close}
          />
          {storedId !== null && <SeenList state={seen.state} page={seen.page} onPage={seen.setPage} />}
        </div>
      ) : (
        wide && <p class="fl-empty">{t('entries_choose')}</p>
      )}
    </div>
  );
}
