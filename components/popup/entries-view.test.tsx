import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { alias, makeEntry } from '@/tests/helpers/popup-fixtures';
import type { Entry } from '@/utils/model';
import { EntriesView } from './entries-view';

afterEach(cleanup);

const entries = [
  makeEntry({ id: 'guterres', name: 'António Guterres', role: 'UN Secretary-General' }),
  makeEntry({ id: 'macron', name: 'Emmanuel Macron', aliases: [alias('Macron')] }),
  makeEntry({ id: 'un', name: 'United Nations', kind: 'organisation', aliases: [alias('UN')] }),
  makeEntry({ id: 'cotw', name: 'Coalition of the willing', kind: 'coalition' }),
  makeEntry({
    id: 'mission',
    name: 'Reassurance force',
    kind: 'mission',
    summary: 'Troops after a ceasefire.',
  }),
];

function setup(list: Entry[] = entries) {
  const onOpen = vi.fn();
  const onCreate = vi.fn();
  render(<EntriesView entries={list} onOpen={onOpen} onCreate={onCreate} />);
  return { onOpen, onCreate, search: screen.getByRole('searchbox', { name: 'Search entries' }) };
}

const rows = () => within(screen.getByRole('listbox')).getAllByRole('option');
const selectedRow = () => document.querySelector('[role="option"][aria-selected="true"]')?.textContent;
const names = () => rows().map((option) => option.querySelector('.fl-row-name')?.textContent);

describe('EntriesView', () => {
  it('lists every entry alphabetically with a count', () => {
    setup();
    expect(names()).toEqual([
      'António Guterres',
      'Coalition of the willing',
      'Emmanuel Macron',
      'Reassurance force',
      'United Nations',
    ]);
    expect(screen.getByText('5 entries')).toBeTruthy();
    expect(screen.getByRole('option', { name: /António Guterres/ }).textContent).toContain(
      'Person · UN Secretary-General',
    );
  });

  it('finds "António Guterres" when the reader types "antonio"', () => {
    const { search } = setup();
    fireEvent.input(search, { target: { value: 'antonio' } });
    expect(names()).toEqual(['António Guterres']);
    expect(screen.getByText('1 of 5 entries')).toBeTruthy();
  });

  it('searches summaries and says when nothing matches', () => {
    const { search } = setup();
    fireEvent.input(search, { target: { value: 'ceasefire' } });
    expect(names()).toEqual(['Reassurance force']);
    fireEvent.input(search, { target: { value: 'zzz' } });
    expect(screen.queryByRole('listbox')).toBeNull();
    expect(screen.getByText('No entries match')).toBeTruthy();
  });

  it('filters by family, then by a kind of that family', () => {
    setup();
    const family = screen.getByRole('combobox', { name: 'Family' });
    fireEvent.change(family, { target: { value: 'proposal' } });
    expect(names()).toEqual(['Coalition of the willing', 'Reassurance force']);
    const kind = screen.getByRole('combobox', { name: 'Kind' }) as HTMLSelectElement;
    expect([...kind.options].map((option) => option.value)).toEqual([
      '',
      'mission',
      'deployment',
      'coalition',
      'guarantee',
      'resolution',
    ]);
    fireEvent.change(kind, { target: { value: 'mission' } });
    expect(names()).toEqual(['Reassurance force']);
    fireEvent.change(family, { target: { value: 'actor' } });
    expect(kind.value).toBe('');
    expect(names()).toEqual(['António Guterres', 'Emmanuel Macron', 'United Nations']);
  });

  it('opens the active row with Enter after moving down from the search box', () => {
    const { search, onOpen } = setup();
    fireEvent.keyDown(search, { key: 'ArrowDown' });
    const listbox = screen.getByRole('listbox');
    expect(document.activeElement).toBe(listbox);
    fireEvent.keyDown(listbox, { key: 'ArrowDown' });
    fireEvent.keyDown(listbox, { key: 'Enter' });
    expect(onOpen).toHaveBeenCalledWith('cotw');
  });

  it('opens a clicked row and asks for a new entry', () => {
    const { onOpen, onCreate } = setup();
    fireEvent.click(screen.getByRole('option', { name: /United Nations/ }));
    expect(onOpen).toHaveBeenCalledWith('un');
    fireEvent.click(screen.getByRole('button', { name: 'New entry' }));
    expect(onCreate).toHaveBeenCalled();
  });

  it('renders only a window of 10,000 entries and follows scrolling', () => {
    const many = Array.from({ length: 10_000 }, (_, index) =>
      makeEntry({ id: `e${index}`, name: `Entry ${String(index).padStart(5, '0')}` }),
    );
    const { search } = setup(many);
    expect(rows().length).toBeLessThan(100);
    expect(names()).toContain('Entry 00000');
    const listbox = screen.getByRole('listbox');
    listbox.scrollTop = 4000 * 48;
    fireEvent.scroll(listbox);
    expect(names()).toContain('Entry 04000');
    expect(names()).not.toContain('Entry 00010');
    expect(rows().length).toBeLessThan(100);
    fireEvent.input(search, { target: { value: 'entry 0999' } });
    expect(names()).toEqual([
      ...Array.from({ length: 10 }, (_, index) => `Entry 0999${index}`),
      'Entry 00999',
    ]);
  });

  it('selects and scrolls to the given entry once the list holds it, as after a save', () => {
    const many = Array.from({ length: 500 }, (_, index) =>
      makeEntry({ id: `e${index}`, name: `Entry ${String(index).padStart(5, '0')}` }),
    );
    const { rerender } = render(
      <EntriesView entries={many} selectedId="new" onOpen={vi.fn()} onCreate={vi.fn()} />,
    );
    expect(selectedRow()).toContain('Entry 00000');
    const saved = makeEntry({ id: 'new', name: 'Entry 00300 bis' });
    rerender(<EntriesView entries={[...many, saved]} selectedId="new" onOpen={vi.fn()} onCreate={vi.fn()} />);
    expect(selectedRow()).toContain('Entry 00300 bis');
    expect(screen.getByRole('listbox').scrollTop).toBeGreaterThan(290 * 48);
  });
});
