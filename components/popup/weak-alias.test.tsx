import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { alias, editorProps, makeEntry } from '@/tests/helpers/popup-fixtures';
import { EntryEditor } from './entry-editor';

afterEach(cleanup);

const un = makeEntry({ id: 'un', name: 'United Nations', kind: 'organisation', aliases: [alias('ONU')] });

function setup() {
  const props = editorProps({ entry: un });
  render(<EntryEditor {...props} />);
  return props;
}

const row = () => within(screen.getByRole('group', { name: 'Alias 1' }));
const aliasInput = () => row().getByLabelText('Alias') as HTMLInputElement;
const type = (value: string) => fireEvent.input(aliasInput(), { target: { value } });
const save = () => fireEvent.click(screen.getByRole('button', { name: 'Save' }));
const messageOnRow = () => row().queryByText(/almost every page/)?.textContent;

describe('weak aliases in the editor', () => {
  it('marks a common word on its row and saves it only once Match case keeps it to its capitals', () => {
    const props = setup();
    type('un');
    expect(messageOnRow()).toMatch(/^So common .*tick Match case/);
    expect(aliasInput().getAttribute('aria-invalid')).toBe('true');
    save();
    expect(props.onSave).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(aliasInput());

    fireEvent.click(row().getByLabelText('Match case'));
    expect(messageOnRow()).toMatch(/^So common/);
    type('UN');
    expect(messageOnRow()).toBeUndefined();
    save();
    expect(vi.mocked(props.onSave).mock.calls[0]?.[0]?.entry.aliases).toEqual([
      alias('UN', { caseSensitive: true }),
    ]);
  });

  it('never accepts a single letter, even with Match case', () => {
    const props = setup();
    type('U');
    fireEvent.click(row().getByLabelText('Match case'));
    expect(messageOnRow()).toMatch(/^A single letter or digit/);
    save();
    expect(props.onSave).not.toHaveBeenCalled();
  });

  it('refuses an alias of punctuation or invisible characters only', () => {
    setup();
    type('...');
    expect(row().getByText('An alias needs at least one letter or digit')).toBeTruthy();
    type('\u200B\u200B');
    expect(row().getByText('Enter the alias or remove it')).toBeTruthy();
  });
});
