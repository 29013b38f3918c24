import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { coalitionCard, macronCard } from '@/tests/helpers/card-fixtures';
import { useLocale } from '@/tests/helpers/fake-i18n';
import { PopoverCard } from './popover-card';

afterEach(() => {
  cleanup();
  useLocale('en', 'en-GB');
});

function show(card = macronCard()) {
  return render(
    <PopoverCard card={card} matchedAlias="Макрон" headingId="fl-h" onEdit={() => {}} onClose={() => {}} />,
  );
}

describe('PopoverCard in Ukrainian', () => {
  it('speaks Ukrainian, with Ukrainian dates and plural forms, and says so in lang', () => {
    useLocale('uk');
    const { container } = show();
    const card = container.querySelector('.fl-popover')!;
    expect(card.getAttribute('lang')).toBe('uk');
    expect(screen.getByText('Учасник · Особа')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Закрити' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Позиції щодо пропозицій' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Показати всі 5 фактів' })).toBeTruthy();
    expect(screen.getByText('Знайдено: «Макрон»')).toBeTruthy();
    expect(container.querySelector('.fl-updated')?.textContent).toMatch(/^Оновлено 21 бер\.? 2025/);
    expect(screen.getByRole('button', { name: 'Редагувати у Fact Linker' })).toBeTruthy();
    expect(card.textContent).not.toMatch(/Actor|Close|Facts|Matched|Updated|Edit in/);
  });

  it('reads a proposal’s stance groups from its side', () => {
    useLocale('uk');
    show(coalitionCard());
    expect(screen.getByRole('heading', { name: 'Ініціатори' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Противники' })).toBeTruthy();
  });
});

describe('PopoverCard in French', () => {
  it('writes dates the French way and puts “Mis à jour le” before the date', () => {
    useLocale('fr', 'fr-FR');
    const { container } = show();
    expect(container.querySelector('.fl-updated')?.textContent).toBe('Mis à jour le 21 mars 2025');
    expect(container.querySelector('.fl-updated time')?.textContent).toBe('21 mars 2025');
    expect(screen.getByText('Acteur · Personne')).toBeTruthy();
  });
});
