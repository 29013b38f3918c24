import { useEffect, useId, useMemo, useRef, useState } from 'preact/hooks';
import { describeOrigin } from '@/utils/i18n/labels';
import { t, tn } from '@/utils/i18n/t';
import type { OriginLabel } from '@/utils/installed-pack';
import { type Entry, type Fact, familyOf, type Stance } from '@/utils/model';
import { AliasListEditor } from './alias-list-editor';
import { ConflictAlert } from './conflict-alert';
import { EntryBasicsFields } from './entry-basics-fields';
import { draftFromForm } from './entry-draft';
import { type EntryForm, formFromRecords } from './entry-form';
import { FactListEditor } from './fact-list-editor';
import { type FieldRegistry, FieldRegistryContext } from './form-field';
import { byName } from './labels';
import { LinkListEditor } from './link-list-editor';
import { firstRowWithError, pageOf } from './row-pages';
import { StanceListEditor } from './stance-list-editor';
import type { EntryDraft } from './types';
import { buildDraftContext, hasErrors, validateDraft } from './validate-draft';

/** Props of {@link EntryEditor}. */
export interface EntryEditorProps {
  /**
   * The entry to edit, or null for a blank new one; an entry at revision 0 is a new one prefilled (not stored yet).
   * A different id or revision restarts the form from it.
   */
  entry: Entry | null;
  /** Facts naming the entry. */
  facts: Fact[];
  /** Stances in which the entry is the actor or the proposal. */
  stances: Stance[];
  /** The whole knowledge base: affiliation and stance choices, alias clashes. */
  entries: Entry[];
  /** Which packs the stored entry came from and whether it was edited; absent or null for a new entry. */
  origin?: OriginLabel | null;
  /** What changed elsewhere, line by line, when the last save hit a revision conflict; the shell clears it. */
  conflict: readonly string[] | null;
  onSave(draft: EntryDraft): void;
  onDelete(id: string): void;
  /** Drop the edits and show the stored entry: the shell passes it as `entry`, which resets the form. */
  onReloadConflict(): void;
  /** Save the current edits over the stored entry. */
  onOverwriteConflict(draft: EntryDraft): void;
  onCancel(): void;
}

/**
 * Edits one entry with its facts and stances, validating as the reader types. Saving with errors marks
 * every problem and focuses the first; warnings (a shared alias) never block.
 */
export function EntryEditor(props: EntryEditorProps) {
  return <EntryEditorForm key={`${props.entry?.id ?? 'new'}@${props.entry?.rev ?? 0}`} {...props} />;
}

function EntryEditorForm(props: EntryEditorProps) {
  const { entry, facts, stances, entries, conflict } = props;
  const base = useId();
  const formRef = useRef<HTMLFormElement | null>(null);
  const [form, setForm] = useState(() => formFromRecords({ entry, facts, stances }));
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [attempts, setAttempts] = useState(0);
  const [aliasPage, setAliasPage] = useState(0);

  const stored = entry !== null && entry.rev > 0;
  const selfId = entry?.id ?? null;
  const context = useMemo(() => buildDraftContext(entries, selfId), [entries, selfId]);
  const others = useMemo(
    () => entries.filter((other) => other.id !== selfId).sort((a, b) => byName(a.name, b.name)),
    [entries, selfId],
  );
  const actors = useMemo(() => others.filter((other) => familyOf(other.kind) === 'actor'), [others]);
  const proposals = useMemo(() => others.filter((other) => familyOf(other.kind) === 'proposal'), [others]);
  const issues = useMemo(() => validateDraft(form, context), [form, context]);
  const errorCount = Object.values(issues).filter((issue) => issue.level === 'error').length;
  const targetFamily = form.kind === '' ? null : familyOf(form.kind) === 'actor' ? 'proposal' : 'actor';

  useEffect(() => {
    if (attempts > 0) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [attempts]);

  const registry = useMemo<FieldRegistry>(
    () => ({
      idFor: (path) => `${base}-${path.replaceAll('.', '-')}`,
      issueFor: (path) => {
        const issue = issues[path];
        return issue && (issue.level === 'warning' || attempts > 0 || touched.has(path)) ? issue : undefined;
      },
      touch: (path) => setTouched((before) => (before.has(path) ? before : new Set(before).add(path))),
    }),
    [base, issues, attempts, touched],
  );

  const patch = (change: Partial<EntryForm>) => setForm((before) => ({ ...before, ...change }));

  function draftOrShowErrors(): EntryDraft | null {
    if (form.kind === '' || hasErrors(issues)) {
      const faultyAlias = firstRowWithError('aliases', issues);
      if (faultyAlias !== null) setAliasPage(pageOf(faultyAlias));
      setAttempts((count) => count + 1);
      return null;
    }
    return draftFromForm(form, form.kind, { entry, facts, stances });
  }

  return (
    <form
      ref={formRef}
      class="fl-view fl-editor"
      noValidate
      aria-labelledby={`${base}-title`}
      onSubmit={(event) => {
        event.preventDefault();
        const draft = draftOrShowErrors();
        if (draft) props.onSave(draft);
      }}
    >
      <h2 id={`${base}-title`} class="fl-heading">
        {stored ? t('editor_edit', entry.name) : t('new_entry')}
      </h2>
      {stored && props.origin && <p class="fl-origin">{describeOrigin(props.origin)}</p>}
      {conflict && (
        <ConflictAlert
          changes={conflict}
          onReload={props.onReloadConflict}
          onOverwrite={() => {
            const draft = draftOrShowErrors();
            if (draft) props.onOverwriteConflict(draft);
          }}
        />
      )}
      <FieldRegistryContext.Provider value={registry}>
        <EntryBasicsFields form={form} onPatch={patch} affiliations={others} />
        <AliasListEditor
          aliases={form.aliases}
          onChange={(aliases) => patch({ aliases })}
          page={aliasPage}
          onPage={setAliasPage}
        />
        <LinkListEditor links={form.links} onChange={(links) => patch({ links })} />
        <FactListEditor facts={form.facts} onChange={(next) => patch({ facts: next })} />
        <StanceListEditor
          stances={form.stances}
          targetFamily={targetFamily}
          targets={targetFamily === 'actor' ? actors : targetFamily === 'proposal' ? proposals : others}
          onChange={(next) => patch({ stances: next })}
        />
      </FieldRegistryContext.Provider>
      {attempts > 0 && errorCount > 0 && (
        <p class="fl-issue fl-issue-error" role="alert">
          {tn('editor_fix_errors', errorCount)}
        </p>
      )}
      <div class="fl-actions fl-editor-actions">
        <button type="submit" class="fl-button fl-primary">
          {t('save')}
        </button>
        <button type="button" class="fl-button" onClick={props.onCancel}>
          {t('cancel')}
        </button>
        {stored && (
          <button type="button" class="fl-button fl-danger" onClick={() => props.onDelete(entry.id)}>
            {t('delete')}
          </button>
        )}
      </div>
    </form>
  );
}
