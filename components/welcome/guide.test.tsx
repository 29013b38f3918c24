import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useLocale } from '@/tests/helpers/fake-i18n';
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

describe('Guide in French', () => {
  afterEach(() => useLocale('en', 'en-GB'));

  it('speaks French around the English demo paragraph, and links the statement in its sentence', () => {
    useLocale('fr', 'fr-FR');
    const { container } = render(
      <Guide
        shortcuts={[{ description: 'Ouvrir le contexte de la mention surlignée suivante', shortcut: '' }]}
        shortcutSettings="chrome://extensions/shortcuts"
        onOpenKnowledgeBase={() => {}}
      />,
    );
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Bienvenue dans Fact Linker');
    expect(screen.getByRole('listitem').textContent).toBe(
      'non défini ouvrir le contexte de la mention surlignée suivante',
    );
    expect(
      screen.getByText(/Pour changer un raccourci, ouvrez chrome:\/\/extensions\/shortcuts\./),
    ).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Ouvrir la base de connaissances' })).toBeTruthy();
    const link = screen.getByRole('link', { name: 'déclaration de confidentialité (en anglais)' });
    expect(link.parentElement?.textContent).toMatch(
      /La déclaration de confidentialité \(en anglais\) précise/,
    );
    expect(container.querySelector('[data-demo]')?.getAttribute('lang')).toBe('en');
    expect(screen.getByText(/L’exemple est en anglais/)).toBeTruthy();
  });
});
