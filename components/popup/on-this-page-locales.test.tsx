import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { useLocale } from '@/tests/helpers/fake-i18n';
import { makeEntry } from '@/tests/helpers/popup-fixtures';
import { OnThisPage } from './on-this-page';

afterEach(() => {
  cleanup();
  useLocale('en', 'en-GB');
});

const entries = (count: number) =>
  Array.from({ length: count }, (_, index) => ({
    entry: makeEntry({ id: `e${index}`, name: `Name ${index}` }),
    count: index + 1,
  }));

const heading = () => screen.getByRole('heading').textContent;

describe('OnThisPage in Ukrainian', () => {
  it('counts entries and mentions in the one, few and many forms', () => {
    useLocale('uk');
    const { rerender } = render(<OnThisPage topic={null} mentions={entries(1)} onChoose={() => {}} />);
    expect(heading()).toBe('1 запис на цій сторінці');
    rerender(<OnThisPage topic={null} mentions={entries(3)} onChoose={() => {}} />);
    expect(heading()).toBe('3 записи на цій сторінці');
    rerender(<OnThisPage topic={null} mentions={entries(5)} onChoose={() => {}} />);
    expect(heading()).toBe('5 записів на цій сторінці');
    expect(screen.getAllByRole('button').map((button) => button.textContent)).toEqual([
      'Name 0Особа1 згадка',
      'Name 1Особа2 згадки',
      'Name 2Особа3 згадки',
      'Name 3Особа4 згадки',
      'Name 4Особа5 згадок',
    ]);
  });
});

describe('OnThisPage in French', () => {
  it('says why nothing is listed while paused on a site, in French', () => {
    useLocale('fr');
    render(
      <OnThisPage
        topic={null}
        mentions={[]}
        halted={{ why: 'site', site: 'lemonde.fr' }}
        onChoose={() => {}}
        onResume={() => {}}
      />,
    );
    expect(heading()).toBe('Fact Linker est désactivé sur lemonde.fr');
    expect(screen.getByRole('button').textContent).toBe('Activer sur lemonde.fr');
  });

  it('counts 0 and 1 as singular, as French does', () => {
    useLocale('fr');
    render(<OnThisPage topic={null} mentions={entries(1)} onChoose={() => {}} />);
    expect(heading()).toBe('1 entrée sur cette page');
    expect(screen.getByRole('button').textContent).toBe('Name 0Personne1 mention');
  });
});
