import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { alias, editorProps, makeEntry } from '@/tests/helpers/popup-fixtures';
import { EntryEditor } from './entry-editor';

afterEach(cleanup);

const COUNT = 5000;

/** An entry with COUNT aliases, "Alias 0"…, with `changes` applied by index. */
function bigEntry(changes: Record<number, string> = {}) {
  const aliases = Array.from({ length: COUNT }, (_, i) => alias(changes[i] ?? `Alias ${i}`));
  return makeEntry({ id: 'big', name: 'Big', aliases });
}

function setup(changes?: Record<number, string>) {
  const props = editorProps({ entry: bigEntry(changes) });
  render(<EntryEditor {...props} />);
  return props;
}

const rows = () => document.querySelectorAll('.fl-row-editor');
const pager = () => within(screen.getByRole('navigation', { name: 'Aliases pages' }));
const aliasField = (n: number) =>
  within(screen.getByRole('group', { name: `Alias ${n}` })).getByLabelText('Alias') as HTMLInputElement;

describe('a long alias list in the editor', () => {
  it('shows one page of rows and moves between pages', () => {
    setup();
    expect(rows()).toHaveLength(50);
    expect(pager().getByText('Aliases 1–50 of 5,000')).toBeTruthy();
    expect((pager().getByRole('button', { name: 'Previous' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(pager().getByRole('button', { name: 'Next' }));
    expect(rows()).toHaveLength(50);
    expect(aliasField(51).value).toBe('Alias 50');
    expect(screen.queryByRole('group', { name: 'Alias 1' })).toBeNull();
  });

  it('still flags an alias listed twice when the first one is on another page', () => {
    setup();
    fireEvent.click(pager().getByRole('button', { name: 'Next' }));
    fireEvent.input(aliasField(61), { target: { value: 'alias 3' } });
    const row = within(screen.getByRole('group', { name: 'Alias 61' }));
    expect(row.getByText('Listed twice for this entry')).toBeTruthy();
    expect(rows()).toHaveLength(50);
  });

  it('shows the last page with the new row when an alias is added', () => {
    setup();
    fireEvent.click(screen.getByRole('button', { name: 'Add alias' }));
    expect(pager().getByText('Aliases 5,001–5,001 of 5,001')).toBeTruthy();
    expect(aliasField(5001).value).toBe('');
  });

  it('on a save with errors, shows the page of the first faulty alias and focuses it', () => {
    const props = setup({ 2345: 'the' });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(props.onSave).not.toHaveBeenCalled();
    expect(pager().getByText('Aliases 2,301–2,350 of 5,000')).toBeTruthy();
    expect(document.activeElement).toBe(aliasField(2346));
    fireEvent.input(aliasField(2346), { target: { value: 'The Big One' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(vi.mocked(props.onSave).mock.calls[0]?.[0]?.entry.aliases).toHaveLength(COUNT);
  });
});
