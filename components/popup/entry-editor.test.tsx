import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { alias, editorProps, makeEntry, makeFact, makeStance } from '@/tests/helpers/popup-fixtures';
import { EntryEditor, type EntryEditorProps } from './entry-editor';

afterEach(cleanup);

const macron = makeEntry({ id: 'macron', name: 'Emmanuel Macron', aliases: [alias('Macron')] });
const france = makeEntry({ id: 'france', name: 'France', kind: 'country' });
const cotw = makeEntry({ id: 'cotw', name: 'Coalition of the willing', kind: 'coalition' });
const mission = makeEntry({ id: 'mission', name: 'Reassurance force', kind: 'mission' });
const starmer = makeEntry({
  id: 'starmer',
  name: 'Keir Starmer',
  rev: 4,
  aliases: [alias('Starmer')],
  role: 'Prime Minister',
  tags: ['uk'],
});
const entries = [macron, france, cotw, mission, starmer];
const fact = makeFact({
  id: 'f1',
  entryIds: ['starmer', 'macron'],
  date: '2025-03-02',
  text: 'Hosted the summit.',
});
const stance = makeStance({ id: 's1', actorId: 'starmer', proposalId: 'cotw', position: 'proposes' });

function setup(overrides: Partial<EntryEditorProps> = {}) {
  const props = editorProps({ entry: starmer, facts: [fact], stances: [stance], entries, ...overrides });
  const view = render(<EntryEditor {...props} />);
  return { ...view, props };
}

const type = (field: HTMLElement, value: string) => fireEvent.input(field, { target: { value } });
const save = () => fireEvent.click(screen.getByRole('button', { name: 'Save' }));
const group = (name: string) => within(screen.getByRole('group', { name }));
const messageOf = (field: HTMLElement) =>
  (field.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id))
    .find((element) => element?.classList.contains('fl-issue'))?.textContent;

describe('EntryEditor', () => {
  it('fills the form from the entry, its facts and its stances', () => {
    setup();
    expect(screen.getByRole('heading').textContent).toBe('Edit Keir Starmer');
    expect((screen.getByLabelText('Name') as HTMLInputElement).value).toBe('Keir Starmer');
    expect((screen.getByLabelText('Kind') as HTMLSelectElement).value).toBe('person');
    expect((group('Alias 1').getByLabelText('Alias') as HTMLInputElement).value).toBe('Starmer');
    expect((group('Fact 1').getByLabelText('Statement') as HTMLTextAreaElement).value).toBe(
      'Hosted the summit.',
    );
    expect((group('Stance 1').getByLabelText('Proposal') as HTMLSelectElement).value).toBe('cotw');
  });

  it('offers other entries as affiliation and only proposals as stance targets of an actor', () => {
    setup();
    const affiliation = screen.getByLabelText('Affiliation') as HTMLSelectElement;
    expect([...affiliation.options].map((option) => option.text)).toEqual([
      'None',
      'Coalition of the willing',
      'Emmanuel Macron',
      'France',
      'Reassurance force',
    ]);
    const target = group('Stance 1').getByLabelText('Proposal') as HTMLSelectElement;
    expect([...target.options].map((option) => option.value)).toEqual(['', 'cotw', 'mission']);
  });

  it('saves the edited entry with its facts and stances', () => {
    const { props } = setup();
    type(screen.getByLabelText('Role'), ' Prime Minister of the UK ');
    fireEvent.change(screen.getByLabelText('Affiliation'), { target: { value: 'france' } });
    type(screen.getByLabelText('Tags'), 'uk, labour, uk');
    fireEvent.click(screen.getByRole('button', { name: 'Add alias' }));
    type(group('Alias 2').getByLabelText('Alias'), 'PM');
    fireEvent.click(group('Alias 2').getByLabelText('Match case'));
    fireEvent.click(screen.getByRole('button', { name: 'Add fact' }));
    type(group('Fact 2').getByLabelText('Date'), '2025-03');
    type(group('Fact 2').getByLabelText('Statement'), 'Spoke to Zelensky.');
    type(group('Fact 2').getByLabelText('Source outlet'), 'BBC');
    fireEvent.change(group('Stance 1').getByLabelText('Position'), { target: { value: 'supports' } });
    save();
    expect(props.onSave).toHaveBeenCalledTimes(1);
    const draft = vi.mocked(props.onSave).mock.calls[0]?.[0];
    expect(draft?.entry).toEqual({
      ...starmer,
      role: 'Prime Minister of the UK',
      affiliation: 'france',
      tags: ['uk', 'labour'],
      aliases: [alias('Starmer'), alias('PM', { caseSensitive: true })],
    });
    expect(draft?.facts[0]).toEqual(fact);
    expect(draft?.facts[1]).toMatchObject({
      date: '2025-03',
      text: 'Spoke to Zelensky.',
      entryIds: ['starmer'],
      rev: 0,
      source: { outlet: 'BBC', url: null, title: null },
    });
    expect(draft?.facts[1]?.id).toMatch(/.{8,}/);
    expect(draft?.stances).toEqual([{ ...stance, position: 'supports' }]);
  });

  it('saves the topic the reader picks, and leaves it to the kind when asked', () => {
    const { props } = setup({ entry: { ...starmer, topic: 'specific' } });
    const topic = screen.getByLabelText('Topic') as HTMLSelectElement;
    expect(topic.value).toBe('specific');
    fireEvent.change(topic, { target: { value: 'generic' } });
    save();
    expect(vi.mocked(props.onSave).mock.calls[0]?.[0].entry.topic).toBe('generic');
    fireEvent.change(topic, { target: { value: '' } });
    save();
    expect(Object.hasOwn(vi.mocked(props.onSave).mock.calls[1]?.[0].entry ?? {}, 'topic')).toBe(false);
  });

  it('drops removed facts and stances from the draft', () => {
    const { props } = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Remove fact 1' }));
    fireEvent.click(screen.getByRole('button', { name: 'Remove stance 1' }));
    save();
    expect(props.onSave).toHaveBeenCalledWith(expect.objectContaining({ facts: [], stances: [] }));
  });

  it('creates a new entry only once a name and a kind are given, and maps a proposal stance', () => {
    const { props } = setup({ entry: null, facts: [], stances: [] });
    expect(screen.getByRole('heading').textContent).toBe('New entry');
    expect(screen.queryByRole('button', { name: 'Delete' })).toBeNull();
    save();
    expect(props.onSave).not.toHaveBeenCalled();
    expect(screen.getByRole('alert').textContent).toBe('Fix the 2 marked fields before saving');
    const name = screen.getByLabelText('Name');
    const kind = screen.getByLabelText('Kind');
    expect(messageOf(name)).toBe('Enter a name');
    expect(messageOf(kind)).toBe('Choose a kind');
    expect(document.activeElement).toBe(name);
    type(name, 'Security guarantees');
    fireEvent.change(kind, { target: { value: 'guarantee' } });
    expect(messageOf(name)).toBeUndefined();
    expect(messageOf(kind)).toBeUndefined();
    expect(name.getAttribute('aria-invalid')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Add stance' }));
    fireEvent.change(group('Stance 1').getByLabelText('Actor'), { target: { value: 'macron' } });
    save();
    const draft = vi.mocked(props.onSave).mock.calls[0]?.[0];
    expect(draft?.entry).toMatchObject({
      name: 'Security guarantees',
      kind: 'guarantee',
      rev: 0,
      affiliation: null,
    });
    expect(draft?.stances[0]).toMatchObject({ actorId: 'macron', proposalId: draft?.entry.id, date: null });
  });

  it('warns that an alias belongs to another entry, names it, and still saves', () => {
    const { props } = setup();
    const field = group('Alias 1').getByLabelText('Alias');
    type(field, 'macron');
    expect(messageOf(field)).toBe('Also an alias of Emmanuel Macron');
    expect(field.getAttribute('aria-invalid')).toBeNull();
    type(field, 'Sir Keir');
    expect(messageOf(field)).toBeUndefined();
    type(field, 'MACRON');
    save();
    expect(props.onSave).toHaveBeenCalled();
  });

  it('shows the impossible date message next to the date, and none for a real date', () => {
    const { props } = setup();
    const date = group('Fact 1').getByLabelText('Date');
    type(date, '2025-02-30');
    expect(messageOf(date)).toBe("2025-02-30 isn't a real date");
    expect(date.getAttribute('aria-invalid')).toBe('true');
    save();
    expect(props.onSave).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(date);
    type(date, '2025-02-28');
    expect(messageOf(date)).toBeUndefined();
    expect(date.getAttribute('aria-invalid')).toBeNull();
    type(date, '28/02/2025');
    expect(messageOf(date)).toBe('Use YYYY, YYYY-MM or YYYY-MM-DD');
  });

  it('refuses non-http links and accepts https ones', () => {
    const { props } = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Add link' }));
    const url = group('Link 1').getByLabelText('URL');
    type(url, 'javascript:alert(1)');
    expect(messageOf(url)).toBe('Only http and https links are allowed');
    save();
    expect(props.onSave).not.toHaveBeenCalled();
    type(url, 'https://www.gov.uk/pm');
    expect(messageOf(url)).toBeUndefined();
    const source = group('Fact 1').getByLabelText('Source URL');
    type(source, 'ftp://files.example/x');
    expect(messageOf(source)).toBe('Only http and https links are allowed');
    type(source, 'http://files.example/x');
    expect(messageOf(source)).toBeUndefined();
  });

  it('rejects HTML markup in text fields', () => {
    setup();
    const summary = screen.getByLabelText('Summary');
    type(summary, 'Leads <script>alert(1)</script> the UK');
    expect(messageOf(summary)).toBe("Text can't contain HTML tags");
    type(summary, 'Leads the UK; troops < 10,000');
    expect(messageOf(summary)).toBeUndefined();
    const note = group('Stance 1').getByLabelText('Note');
    type(note, '<b>Firmly</b>');
    expect(messageOf(note)).toBe("Text can't contain HTML tags");
  });

  it('shows the conflict alert, whose buttons call back, overwriting with the current edits', () => {
    const { props } = setup({ conflict: ['This entry was changed elsewhere (revision 7)'] });
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('This entry was changed elsewhere (revision 7)');
    fireEvent.click(within(alert).getByRole('button', { name: 'Reload theirs' }));
    expect(props.onReloadConflict).toHaveBeenCalledTimes(1);
    type(screen.getByLabelText('Role'), 'Prime Minister (mine)');
    fireEvent.click(within(alert).getByRole('button', { name: 'Overwrite with mine' }));
    expect(props.onOverwriteConflict).toHaveBeenCalledWith(
      expect.objectContaining({ entry: expect.objectContaining({ role: 'Prime Minister (mine)' }) }),
    );
    expect(props.onSave).not.toHaveBeenCalled();
  });

  it('says which related record moved when only a stance was added elsewhere', () => {
    const line = 'A stance was added elsewhere: Poland supports UN-led mission';
    setup({ conflict: [line] });
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain(line);
    expect(alert.textContent).not.toContain('This entry was changed');
    expect(within(alert).getByRole('button', { name: 'Overwrite with mine' })).toBeTruthy();
  });

  it('shows no conflict alert without a conflict', () => {
    setup();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('restarts from the stored entry when a newer revision arrives', () => {
    const { rerender, props } = setup();
    type(screen.getByLabelText('Role'), 'Edited');
    rerender(<EntryEditor {...props} entry={{ ...starmer, rev: 5, role: 'Reloaded' }} />);
    expect((screen.getByLabelText('Role') as HTMLInputElement).value).toBe('Reloaded');
  });

  it('treats a prefilled entry that is not stored yet as new: no Delete, a "New entry" heading', () => {
    setup({ entry: { ...starmer, id: 'draft-1', rev: 0 }, facts: [], stances: [] });
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('New entry');
    expect(screen.queryByRole('button', { name: 'Delete' })).toBeNull();
  });

  it('says where a stored entry comes from, edited or the reader’s own, and nothing for a new one', () => {
    setup({ origin: { packs: ['Starter pack'], edited: true } });
    expect(screen.getByText('From: Starter pack (edited)')).toBeTruthy();
    cleanup();
    setup({ origin: { packs: [], edited: false } });
    expect(screen.getByText('Your entry')).toBeTruthy();
    cleanup();
    setup({
      entry: { ...starmer, id: 'draft-1', rev: 0 },
      origin: { packs: ['Starter pack'], edited: false },
    });
    expect(screen.queryByText(/From:|Your entry/)).toBeNull();
  });

  it('deletes without asking, and cancels', () => {
    const { props } = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
    expect(props.onDelete).toHaveBeenCalledWith('starmer');
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(props.onCancel).toHaveBeenCalled();
  });
});
