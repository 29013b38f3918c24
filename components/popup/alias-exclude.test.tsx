import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { alias, editorProps, makeEntry } from '@/tests/helpers/popup-fixtures';
import { AliasListEditor } from './alias-list-editor';
import { EntryEditor, type EntryEditorProps } from './entry-editor';

afterEach(cleanup);

const NEVER = 'Never highlight (hides shorter aliases inside it)';
const france = makeEntry({
  id: 'france',
  name: 'France',
  kind: 'country',
  aliases: [alias('Air France', { exclude: true }), alias('French Republic')],
});

function setup() {
  const props = editorProps({ entry: france });
  render(<EntryEditor {...props} />);
  return props;
}

const group = (name: string) => within(screen.getByRole('group', { name }));
const checkbox = (row: string, label: string) => group(row).getByLabelText(label) as HTMLInputElement;
const save = (props: EntryEditorProps) => {
  fireEvent.click(screen.getByRole('button', { name: 'Save' }));
  return vi.mocked(props.onSave).mock.calls[0]?.[0]?.entry.aliases;
};

describe('alias exclude option in the editor', () => {
  it('offers it as a third labelled checkbox on every alias row', () => {
    const onChange = vi.fn();
    render(
      <AliasListEditor
        aliases={[{ ...alias('US Edition'), key: 'a' }]}
        onChange={onChange}
        page={0}
        onPage={vi.fn()}
      />,
    );
    const row = group('Alias 1');
    expect(row.getAllByRole('checkbox').map((box) => box.closest('label')?.textContent)).toEqual([
      'Match case',
      'Needs context',
      NEVER,
    ]);
    const never = row.getByRole('checkbox', { name: NEVER }) as HTMLInputElement;
    expect(never.checked).toBe(false);
    fireEvent.click(never);
    expect(onChange).toHaveBeenCalledWith([{ ...alias('US Edition'), key: 'a', exclude: true }]);
  });

  it('shows a stored exclusion checked and saves it unchanged', () => {
    const props = setup();
    expect(checkbox('Alias 1', NEVER).checked).toBe(true);
    expect(checkbox('Alias 2', NEVER).checked).toBe(false);
    expect(save(props)).toEqual(france.aliases);
  });

  it('writes exclude only while it is checked', () => {
    const props = setup();
    fireEvent.click(checkbox('Alias 1', NEVER));
    fireEvent.click(checkbox('Alias 2', NEVER));
    const saved = save(props);
    expect(saved).toEqual([alias('Air France'), alias('French Republic', { exclude: true })]);
    expect(Object.hasOwn(saved![0]!, 'exclude')).toBe(false);
  });
});
