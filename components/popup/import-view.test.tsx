import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ImportView, type ImportViewProps } from './import-view';
import type { ImportPreview } from './types';

afterEach(cleanup);

const clean: ImportPreview = {
  title: 'Starter pack',
  items: [
    { id: 'macron', name: 'Emmanuel Macron', type: 'entry', status: 'updated' },
    { id: 'cotw', name: 'Coalition of the willing', type: 'entry', status: 'new' },
    { id: 'f1', name: 'Summit in Paris', type: 'fact', status: 'new' },
    { id: 'un', name: 'United Nations', type: 'entry', status: 'unchanged' },
  ],
  removed: [],
  undoable: { merge: true, replace: true },
};
const broken: ImportPreview = {
  ...clean,
  title: 'Shared pack',
  items: [
    ...clean.items,
    {
      id: 'x',
      name: 'Bad link',
      type: 'entry',
      status: 'invalid',
      reason: 'links.0.url: only http and https links',
    },
    {
      id: 's9',
      name: 'Starmer → Mission',
      type: 'stance',
      status: 'conflicting',
      reason: 'Changed here since',
    },
  ],
};

function setup(overrides: Partial<ImportViewProps> = {}) {
  const props: ImportViewProps = {
    preview: null,
    error: null,
    busy: false,
    onPickFile: vi.fn(),
    onConfirm: vi.fn(),
    onExportAll: vi.fn(),
    ...overrides,
  };
  const view = render(<ImportView {...props} />);
  return { ...view, props };
}

const confirm = () => screen.getByRole('button', { name: /import$/i }) as HTMLButtonElement;

describe('ImportView', () => {
  it('hands the picked .json file over', () => {
    const { props } = setup();
    const input = screen.getByLabelText('Pack file (.json)') as HTMLInputElement;
    expect(input.accept).toBe('.json,application/json');
    const file = new File(['{}'], 'pack.json', { type: 'application/json' });
    fireEvent.change(input, { target: { files: [file] } });
    expect(props.onPickFile).toHaveBeenCalledWith(file);
  });

  it('counts entries first, with facts and stances as a second line, and groups by status, unchanged collapsed', () => {
    setup({ preview: broken });
    expect(screen.getByText('Shared pack').parentElement?.textContent).toBe(
      'Shared pack: 4 entries: 1 invalid, 1 new, 1 updated, 1 unchanged',
    );
    expect(screen.getByText('With 1 fact and 1 stance: 1 conflicting, 1 new')).toBeTruthy();
    const summaries = [...document.querySelectorAll('summary')].map((summary) => summary.textContent);
    expect(summaries).toEqual([
      'Invalid (1 entry)',
      'Conflicting (1 stance)',
      'New (1 entry, 1 fact)',
      'Updated (1 entry)',
      'Unchanged (1 entry)',
    ]);
    expect(
      within(screen.getByRole('table', { name: 'New records' })).getByText('Summit in Paris'),
    ).toBeTruthy();
    expect(screen.queryByRole('table', { name: 'Unchanged records' })).toBeNull();
    const conflicting = within(screen.getByRole('table', { name: 'Conflicting records' }));
    expect(conflicting.getByText('Changed here since')).toBeTruthy();
  });

  it('shows what an updated entry changes, field by field', () => {
    const change = { field: 'Role', before: 'President', after: 'President of France' };
    const items = [{ ...clean.items[0]!, changes: [change] }, ...clean.items.slice(1)];
    setup({ preview: { ...clean, items } });
    const list = screen.getByRole('list', { name: 'What changes in Emmanuel Macron' });
    expect(list.textContent).toBe('Role: President → President of France');
  });

  it('shows the reason of each invalid item and keeps confirm disabled while any exists', () => {
    const { props } = setup({ preview: broken });
    const invalid = within(screen.getByRole('table', { name: 'Invalid records' }));
    expect(invalid.getByRole('row', { name: /Bad link/ }).textContent).toContain(
      'links.0.url: only http and https links',
    );
    expect(confirm().disabled).toBe(true);
    expect(document.getElementById(confirm().getAttribute('aria-describedby') ?? '')?.textContent).toBe(
      'Fix the invalid item in the file first: nothing is imported while any is invalid.',
    );
    fireEvent.click(confirm());
    expect(props.onConfirm).not.toHaveBeenCalled();
  });

  it('imports a merge that can be undone at once, saying it can be', () => {
    const { props } = setup({ preview: clean });
    expect(confirm().disabled).toBe(false);
    expect(screen.getByText('You can undo it once, right after.')).toBeTruthy();
    fireEvent.click(confirm());
    expect(props.onConfirm).toHaveBeenLastCalledWith('merge');
  });

  it('holds a merge that would break a stored record, but lets a replace through', () => {
    const breaking: ImportPreview = {
      ...clean,
      title: 'Turning pack',
      items: [
        ...clean.items,
        {
          id: 's1',
          name: 's1',
          type: 'stance',
          status: 'breaks',
          reason: 'Stored here, and a merge would break it: actorId is a proposal',
        },
      ],
    };
    const { props } = setup({ preview: breaking });
    const row = within(screen.getByRole('table', { name: 'Stored records a merge would break' })).getByRole(
      'row',
      {
        name: /s1/,
      },
    );
    expect(row.textContent).toContain('actorId is a proposal');
    expect(confirm().disabled).toBe(true);
    expect(document.getElementById(confirm().getAttribute('aria-describedby') ?? '')?.textContent).toBe(
      'A merge would break a stored record: fix it here first, or replace the knowledge base.',
    );
    fireEvent.click(screen.getByRole('radio', { name: 'Replace the knowledge base' }));
    const replace = screen.getByRole('button', { name: 'Replace and import…' }) as HTMLButtonElement;
    expect(replace.disabled).toBe(false);
    fireEvent.click(replace);
    fireEvent.click(screen.getByRole('button', { name: 'Remove and import' }));
    expect(props.onConfirm).toHaveBeenLastCalledWith('replace');
  });

  it('disables confirm while busy', () => {
    setup({ preview: clean, busy: true });
    expect(confirm().disabled).toBe(true);
    expect(screen.getByText('Working…')).toBeTruthy();
  });

  it("announces a running import's progress, and only while busy", () => {
    const progress = 'Checking records: 2,000 of 10,006…';
    const { rerender, props } = setup({ preview: clean, busy: true, progress });
    expect(screen.getByRole('status').textContent).toBe(progress);
    rerender(<ImportView {...props} busy={false} />);
    expect(screen.queryByRole('status')).toBeNull();
    expect(screen.queryByText(progress)).toBeNull();
  });

  it('announces the progress of a pack being checked before its preview exists, and only while busy', () => {
    const progress = 'Checking records: 2,000 of 10,006…';
    const { rerender, props } = setup({ busy: true, progress });
    expect(screen.getByRole('status').textContent).toBe(progress);
    rerender(<ImportView {...props} busy={false} />);
    expect(screen.queryByText(progress)).toBeNull();
  });

  it('shows the error in an alert', () => {
    setup({ error: 'This file is not a Fact Linker pack' });
    expect(screen.getByRole('alert').textContent).toBe('This file is not a Fact Linker pack');
  });

  it("exports everything, and the page's entries only when offered, saying they are the page's", () => {
    const { props, rerender } = setup();
    expect(screen.queryByRole('button', { name: /on this page/ })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Export all' }));
    expect(props.onExportAll).toHaveBeenCalled();
    const onExportPage = vi.fn();
    rerender(<ImportView {...props} onExportPage={onExportPage} pageCount={15} />);
    fireEvent.click(screen.getByRole('button', { name: 'Export the 15 entries on this page' }));
    expect(onExportPage).toHaveBeenCalled();
    rerender(<ImportView {...props} onExportPage={onExportPage} pageCount={1} />);
    expect(screen.getByRole('button', { name: 'Export the 1 entry on this page' })).toBeTruthy();
    rerender(<ImportView {...props} onExportPage={onExportPage} pageCount={0} />);
    const none = screen.getByRole('button', { name: 'Export the entries on this page (none found)' });
    expect((none as HTMLButtonElement).disabled).toBe(true);
  });

  it('shows at most 200 rows per group', () => {
    const items = Array.from({ length: 250 }, (_, index) => ({
      id: `e${index}`,
      name: `Entry ${index}`,
      type: 'entry' as const,
      status: 'new' as const,
    }));
    setup({ preview: { ...clean, title: 'Big', items } });
    expect(within(screen.getByRole('table', { name: 'New records' })).getAllByRole('row')).toHaveLength(201);
    expect(screen.getByText('…and 50 more')).toBeTruthy();
  });
});
