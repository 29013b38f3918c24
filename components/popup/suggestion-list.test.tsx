import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Suggestion } from '@/utils/suggest/types';
import { SuggestionList, type SuggestionListProps } from './suggestion-list';

afterEach(cleanup);

const medinsky: Suggestion = {
  key: 'vladimir medinsky',
  name: 'Vladimir Medinsky',
  forms: ['Vladimir Medinsky', 'Medinsky'],
  count: 4,
  score: 9,
  kind: 'person',
  aliasOf: null,
};
const zelenskyy: Suggestion = {
  key: 'zelenskyy',
  name: 'Zelenskyy',
  forms: ['Zelenskyy'],
  count: 1,
  score: 1,
  kind: 'name',
  aliasOf: { id: 'zelensky', name: 'Volodymyr Zelensky' },
};

function show(extra: Partial<SuggestionListProps> = {}) {
  const props: SuggestionListProps = {
    state: 'ready',
    suggestions: [medinsky, zelenskyy],
    undoName: null,
    onAdd: vi.fn(),
    onAddAlias: vi.fn(),
    onDismiss: vi.fn(),
    onUndo: vi.fn(),
    ...extra,
  };
  render(<SuggestionList {...props} />);
  return props;
}

describe('SuggestionList', () => {
  it('lists each name with its kind and count, best first', () => {
    show();
    const rows = screen
      .getAllByRole('listitem')
      .map((row) => row.firstElementChild?.nextElementSibling?.textContent);
    expect(screen.getAllByRole('listitem').map((row) => row.firstElementChild?.textContent)).toEqual([
      'Vladimir Medinsky',
      'Zelenskyy',
    ]);
    expect(rows).toEqual(['Person · 4 mentions', 'Name · 1 mention']);
  });

  it('adds a new name, or adds another form of a known entry as its alias', () => {
    const props = show();
    fireEvent.click(screen.getByRole('button', { name: 'Add Vladimir Medinsky' }));
    expect(props.onAdd).toHaveBeenCalledWith(medinsky);
    fireEvent.click(screen.getByRole('button', { name: 'Add as an alias of Volodymyr Zelensky' }));
    expect(props.onAddAlias).toHaveBeenCalledWith(zelenskyy);
    expect(screen.queryByRole('button', { name: 'Add Zelenskyy' })).toBeNull();
  });

  it('dismisses a name and offers to undo the last dismissal', () => {
    const props = show({ undoName: 'Monday Club' });
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss Vladimir Medinsky' }));
    expect(props.onDismiss).toHaveBeenCalledWith(medinsky);
    expect(screen.getByRole('status').textContent).toContain('Dismissed “Monday Club”.');
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(props.onUndo).toHaveBeenCalled();
  });

  it('renders a name as text, never as markup', () => {
    show({ suggestions: [{ ...medinsky, name: '<img src=x onerror=alert(1)>' }] });
    expect(document.querySelector('img')).toBeNull();
    expect(screen.getByText('<img src=x onerror=alert(1)>')).toBeTruthy();
  });

  it('says when it is reading, when it found nothing, and shows nothing where the page cannot be read', () => {
    show({ state: 'loading', suggestions: [] });
    expect(screen.getByText('Reading the page…')).toBeTruthy();
    cleanup();
    show({ suggestions: [] });
    expect(screen.getByText('No other names found on this page.')).toBeTruthy();
    cleanup();
    show({ state: 'unavailable' });
    expect(screen.queryByRole('heading')).toBeNull();
  });
});
