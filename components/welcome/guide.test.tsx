import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Guide } from './guide';

afterEach(cleanup);

describe('Guide', () => {
  it('lists each shortcut as the browser assigned it, and says when one is not set', () => {
    render(
      <Guide
        shortcuts={[
          { description: 'Open the context of the next highlighted mention', shortcut: 'Alt+Shift+Period' },
          { description: 'Open the context of the previous highlighted mention', shortcut: '' },
        ]}
        shortcutSettings="chrome://extensions/shortcuts"
        onOpenKnowledgeBase={() => {}}
      />,
    );
    const items = screen.getAllByRole('listitem').map((item) => item.textContent);
    expect(items).toEqual([
      'Alt+Shift+Period open the context of the next highlighted mention',
      'not set open the context of the previous highlighted mention',
    ]);
    expect(screen.getByText(/To change a shortcut, open chrome:\/\/extensions\/shortcuts/)).toBeTruthy();
  });

  it('waits for the shortcuts, and opens the knowledge base on request', () => {
    const onOpen = vi.fn();
    render(<Guide shortcuts={null} shortcutSettings="x" onOpenKnowledgeBase={onOpen} />);
    expect(screen.getByText('Reading your shortcuts…')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Open the knowledge base' }));
    expect(onOpen).toHaveBeenCalledOnce();
  });

  it('links the privacy paragraph to the statement shipped in the extension', () => {
    render(<Guide shortcuts={[]} shortcutSettings="x" onOpenKnowledgeBase={() => {}} />);
    const link = screen.getByRole('link', { name: 'privacy statement' });
    expect(link.getAttribute('href')).toBe('/privacy.txt');
    expect(link.closest('section')?.querySelector('h2')?.textContent).toBe('Privacy');
  });
});
