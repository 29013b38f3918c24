import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { alias, editorProps, makeEntry } from '@/tests/helpers/popup-fixtures';
import { EntryEditor } from './entry-editor';

afterEach(cleanup);

const mission = makeEntry({
  id: 'un-mission',
  name: 'UN-led mission',
  kind: 'mission',
  aliases: [alias('x y')],
});

function setup() {
  const props = editorProps({ entry: mission });
  render(<EntryEditor {...props} />);
  return props;
}

const row = () => within(screen.getByRole('group', { name: 'Alias 1' }));
const aliasInput = () => row().getByLabelText('Alias') as HTMLInputElement;
const type = (value: string) => fireEvent.input(aliasInput(), { target: { value } });
const save = () => fireEvent.click(screen.getByRole('button', { name: 'Save' }));

describe('pattern aliases in the editor', () => {
  it('shows what a pattern expands to under its field, and saves the pattern as written', () => {
    const props = setup();
    type('{UN|U.N.}[-led] {mission|operation}');
    expect(row().getByText('Expands to 8: UN-led mission, UN-led operation, UN mission, …')).toBeTruthy();
    save();
    expect(vi.mocked(props.onSave).mock.calls[0]?.[0]?.entry.aliases).toEqual([
      alias('{UN|U.N.}[-led] {mission|operation}'),
    ]);
  });

  it('marks the row of a pattern that would match a common word, and blocks saving until Match case', () => {
    const props = setup();
    type('{UN|U.N.}[ mission]');
    expect(row().getByText(/^Expands to “UN”: so common/)).toBeTruthy();
    expect(row().getByRole('list', { name: 'Refused phrases' }).textContent).toMatch(/^“UN”/);
    expect(aliasInput().getAttribute('aria-invalid')).toBe('true');
    save();
    expect(props.onSave).not.toHaveBeenCalled();
    fireEvent.click(row().getByLabelText('Match case'));
    expect(row().queryByRole('list', { name: 'Refused phrases' })).toBeNull();
    save();
    expect(props.onSave).toHaveBeenCalledOnce();
  });

  it('says what is wrong with a malformed pattern', () => {
    setup();
    type('{UN mission');
    expect(row().getByText('Not a valid pattern: { is never closed (character 1)')).toBeTruthy();
    expect(row().queryByText(/^Expands to \d/)).toBeNull();
  });
});
