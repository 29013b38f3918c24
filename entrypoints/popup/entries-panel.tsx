import { useLayoutEffect, useRef } from 'preact/hooks';
import { EntriesView } from '@/components/popup/entries-view';
import { EntryEditor } from '@/components/popup/entry-editor';
import type { Entry } from '@/utils/model';
import { conflictLines } from './draft-revisions';
import type { Editor } from './use-editor';

/** Props of {@link EntriesPanel}. */
export interface EntriesPanelProps {
  entries: Entry[] | null;
  editor: Editor;
}

/**
 * The "Entries" tab: the list, or the editor of the entry opened from it. Focus follows the switch (into the
 * form's first field, back to the search box, or to the list showing the entry just saved) so keyboard readers
 * never land on the page's body.
 */
export function EntriesPanel({ entries, editor }: EntriesPanelProps) {
  const box = useRef<HTMLDivElement | null>(null);
  const previous = useRef<string | null>(null);
  const session = editor.session;
  const shown = entries === null ? 'loading' : session ? `editor-${session.generation}` : 'list';

  useLayoutEffect(() => {
    if (shown === 'loading') return;
    const before = previous.current;
    previous.current = shown;
    if (shown === 'list' && before === null) return;
    const list = editor.saved ? '[role="listbox"]' : 'input[type="search"]';
    const target = shown === 'list' ? list : 'input, select, textarea';
    box.current?.querySelector<HTMLElement>(target)?.focus();
  }, [shown]);

  if (entries === null) return <p class="fl-empty">Loading entries…</p>;
  const nameOf = (id: string) => entries.find((entry) => entry.id === id)?.name ?? id;
  return (
    <div ref={box}>
      {session ? (
        <EntryEditor
          key={session.generation}
          entry={session.source.entry}
          facts={session.source.facts}
          stances={session.source.stances}
          entries={entries}
          conflict={session.conflict && conflictLines(session.source, session.conflict, nameOf)}
          onSave={editor.save}
          onDelete={editor.remove}
          onReloadConflict={editor.reload}
          onOverwriteConflict={editor.overwrite}
          onCancel={editor.close}
        />
      ) : (
        <EntriesView
          entries={entries}
          selectedId={editor.saved}
          onOpen={editor.open}
          onCreate={() => editor.create()}
        />
      )}
    </div>
  );
}
