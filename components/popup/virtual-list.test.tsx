import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { VirtualList } from './virtual-list';

afterEach(cleanup);

const many = Array.from({ length: 10_000 }, (_, index) => `Row ${index}`);

/** The list under test: 40 px rows in a 400 px window, each row showing its item. */
function list(items: readonly string[], onChoose: (item: string) => void) {
  return (
    <VirtualList
      items={items}
      rowHeight={40}
      height={400}
      label="Rows"
      itemKey={(item) => item}
      renderRow={(item) => item}
      onChoose={onChoose}
    />
  );
}

function setup(items: readonly string[] = many, onChoose = vi.fn()) {
  const view = render(list(items, onChoose));
  return { ...view, onChoose, listbox: screen.getByRole('listbox', { name: 'Rows' }) };
}

const texts = () => screen.getAllByRole('option').map((option) => option.textContent);
const activeText = (listbox: HTMLElement) =>
  document.getElementById(listbox.getAttribute('aria-activedescendant') ?? '')?.textContent;

describe('VirtualList', () => {
  it('renders only a window of rows out of 10,000, positioned by index', () => {
    const { listbox } = setup();
    const options = screen.getAllByRole('option');
    expect(options.length).toBeLessThan(100);
    expect(options.length).toBeGreaterThanOrEqual(10);
    expect(options[0]?.textContent).toBe('Row 0');
    expect(options[0]?.getAttribute('aria-setsize')).toBe('10000');
    expect(options[3]?.style.top).toBe('120px');
    expect(listbox.style.height).toBe('400px');
  });

  it('renders other rows after scrolling', () => {
    const { listbox } = setup();
    listbox.scrollTop = 200_000;
    fireEvent.scroll(listbox);
    const shown = texts();
    expect(shown).toContain('Row 5000');
    expect(shown).not.toContain('Row 20');
    expect(shown.length).toBeLessThan(100);
  });

  it('moves the active row with the arrow keys and chooses it with Enter', () => {
    const { listbox, onChoose } = setup();
    expect(activeText(listbox)).toBe('Row 0');
    fireEvent.keyDown(listbox, { key: 'ArrowDown' });
    fireEvent.keyDown(listbox, { key: 'ArrowDown' });
    fireEvent.keyDown(listbox, { key: 'ArrowUp' });
    expect(activeText(listbox)).toBe('Row 1');
    expect(screen.getByRole('option', { name: 'Row 1' }).getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(listbox, { key: 'Enter' });
    expect(onChoose).toHaveBeenCalledWith('Row 1');
  });

  it('scrolls the active row into view for End, Home and Page Down', () => {
    const { listbox } = setup();
    fireEvent.keyDown(listbox, { key: 'End' });
    expect(activeText(listbox)).toBe('Row 9999');
    expect(listbox.scrollTop).toBe(10_000 * 40 - 400);
    expect(texts()).not.toContain('Row 0');
    fireEvent.keyDown(listbox, { key: 'Home' });
    expect(listbox.scrollTop).toBe(0);
    fireEvent.keyDown(listbox, { key: 'PageDown' });
    expect(activeText(listbox)).toBe('Row 10');
  });

  it('keeps the active row rendered when the reader scrolls away from it', () => {
    const { listbox } = setup();
    fireEvent.keyDown(listbox, { key: 'ArrowDown' });
    listbox.scrollTop = 100_000;
    fireEvent.scroll(listbox);
    expect(activeText(listbox)).toBe('Row 1');
  });

  it('chooses a clicked row', () => {
    const { onChoose } = setup(['a', 'b', 'c']);
    fireEvent.click(screen.getByRole('option', { name: 'c' }));
    expect(onChoose).toHaveBeenCalledWith('c');
  });

  it('starts again at the top when the items change', () => {
    const { listbox, rerender, onChoose } = setup();
    fireEvent.keyDown(listbox, { key: 'End' });
    rerender(list(['x', 'y'], onChoose));
    expect(activeText(listbox)).toBe('x');
    expect(listbox.scrollTop).toBe(0);
  });
});
