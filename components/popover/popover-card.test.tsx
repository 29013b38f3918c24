import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { coalitionCard, macronCard } from '@/tests/helpers/card-fixtures';
import type { Card } from '@/utils/model';
import { PopoverCard } from './popover-card';

const XSS = '<img src=x onerror=alert(1)>';

afterEach(cleanup);

/** Renders a card the way the content script will: inside a labelled dialog. */
function show(card: Card, extra: { defaultShowAllFacts?: boolean } = {}) {
  const onEdit = vi.fn();
  const onClose = vi.fn();
  const view = render(
    <div role="dialog" aria-labelledby="fl-h">
      <PopoverCard
        card={card}
        matchedAlias="the French president"
        headingId="fl-h"
        onEdit={onEdit}
        onClose={onClose}
        {...extra}
      />
    </div>,
  );
  return { ...view, onEdit, onClose };
}

/** Texts of the group headings and of the names under each, in document order. */
function groups(container: ParentNode) {
  return [...container.querySelectorAll('.fl-group')].map((group) => [
    group.querySelector('h4')?.textContent,
    ...[...group.querySelectorAll('.fl-name')].map((name) => name.textContent),
  ]);
}

describe('PopoverCard', () => {
  it("shows the entry's own http(s) links first, each opening in a new tab, and drops any other address", () => {
    const card = macronCard();
    card.entry.links = [
      { url: 'https://en.wikipedia.org/wiki/Emmanuel_Macron', title: 'Wikipedia' },
      { url: 'javascript:alert(1)', title: 'Bad' },
      { url: 'https://www.elysee.fr/', title: '' },
    ];
    show(card);
    const links = within(screen.getByRole('list', { name: 'Links' })).getAllByRole('link');
    expect(
      links.map((link) => [link.textContent, link.getAttribute('href'), link.getAttribute('target')]),
    ).toEqual([
      ['Wikipedia (opens in a new tab)', 'https://en.wikipedia.org/wiki/Emmanuel_Macron', '_blank'],
      ['www.elysee.fr (opens in a new tab)', 'https://www.elysee.fr/', '_blank'],
    ]);
  });

  it('says which pack the entry comes from and that it was edited, or that it is the reader’s own', () => {
    const { container } = show(macronCard());
    expect(container.querySelector('.fl-origin')?.textContent).toBe('From: Starter pack (edited)');
    cleanup();
    const own = show(coalitionCard());
    expect(own.container.querySelector('.fl-origin')?.textContent).toBe('Your entry');
  });

  it('shows no link list for an entry without links', () => {
    const card = macronCard();
    card.entry.links = [];
    show(card);
    expect(screen.queryByRole('list', { name: 'Links' })).toBeNull();
  });

  it('heads the dialog with the name and shows family, kind, role, affiliation, summary and caveat', () => {
    show(macronCard());
    const heading = screen.getByRole('heading', { level: 2 });
    expect(heading.textContent).toBe('Emmanuel Macron');
    expect(heading.id).toBe('fl-h');
    expect(screen.getByRole('dialog', { name: 'Emmanuel Macron' })).toBeTruthy();
    expect(screen.getByText('Actor · Person')).toBeTruthy();
    expect(screen.getByText('President · France')).toBeTruthy();
    expect(screen.getByText(/^President of France since 2017/)).toBeTruthy();
    expect(screen.getByText('Unsure:').parentElement?.textContent).toBe(
      'Unsure: Troop numbers he cited are not confirmed by the Ministry of Defence.',
    );
  });

  it("groups an actor's stances by position, strongest first, with date and source", () => {
    const { container } = show(macronCard());
    expect(groups(container)).toEqual([
      ['Proposes', 'Coalition of the willing'],
      ['Considers', 'UN-led mission'],
    ]);
    const proposes = container.querySelector<HTMLElement>('[data-position="proposes"]')!;
    expect(within(proposes).getByText('2 Mar 2025').getAttribute('datetime')).toBe('2025-03-02');
    expect(
      within(proposes)
        .getByRole('link', { name: /Reuters/ })
        .getAttribute('href'),
    ).toBe('https://www.reuters.com/world/europe/coalition');
  });

  it('has no inner scroll box to tab to: the body is plain content inside the card', () => {
    const { container } = show(macronCard());
    expect(container.querySelector('.fl-body')?.hasAttribute('tabindex')).toBe(false);
  });

  it('lists the actors of a proposal by position', () => {
    const { container } = show(coalitionCard());
    expect(screen.getByText('Proposal · Coalition')).toBeTruthy();
    expect(groups(container)).toEqual([
      ['Proposed by', 'Keir Starmer', 'Emmanuel Macron'],
      ['Considered by', 'Germany'],
      ['Opposed by', 'Russia'],
    ]);
    expect(container.querySelector('.fl-context, .fl-caveat, .fl-toggle')).toBeNull();
  });

  it('shows the latest three facts until "Show all 5 facts" is pressed', () => {
    const { container } = show(macronCard());
    const facts = () => [...container.querySelectorAll('.fl-fact time')].map((time) => time.textContent);
    expect(facts()).toEqual(['20 Mar 2025', 'Mar 2025', '2 Mar 2025']);
    const toggle = screen.getByRole('button', { name: 'Show all 5 facts' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(toggle);
    expect(facts()).toEqual(['20 Mar 2025', 'Mar 2025', '2 Mar 2025', 'Feb 2025', '2025']);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(toggle.textContent).toBe('Show latest 3 facts');
  });

  it('can start with every fact shown, and offers no toggle when there are three or fewer', () => {
    const { container } = show(macronCard(), { defaultShowAllFacts: true });
    expect(container.querySelectorAll('.fl-fact')).toHaveLength(5);
    cleanup();
    const short = macronCard();
    short.facts = short.facts.slice(0, 3);
    show(short);
    expect(screen.queryByRole('button', { name: /facts/ })).toBeNull();
  });

  it('opens http(s) sources in a new tab without opener or referrer', () => {
    show(macronCard());
    const link = screen.getByRole('link', { name: /Le Monde/ });
    expect(link.getAttribute('href')).toBe('https://www.lemonde.fr/international/article/2025/03/20/macron');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('renders a javascript: source as plain text, never as a link', () => {
    const { container } = show(macronCard());
    expect(container.querySelector('a[href^="javascript" i]')).toBeNull();
    expect(screen.getByText('Evil Outlet').closest('a')).toBeNull();
    for (const link of container.querySelectorAll('a')) expect(link.href).toMatch(/^https?:\/\//);
  });

  it('shows markup stored in any field as literal text', () => {
    const card = macronCard();
    card.entry.name = XSS;
    card.entry.summary = `Summary ${XSS}`;
    card.stances[0]!.otherName = XSS;
    card.facts[0]!.text = XSS;
    const { container } = show(card);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(XSS);
    expect(screen.getByText(`Summary ${XSS}`)).toBeTruthy();
    expect(screen.getAllByText(XSS)).toHaveLength(3);
    expect(container.querySelector('img')).toBeNull();
  });

  it('says which alias matched and when the entry was last updated', () => {
    show(macronCard());
    expect(screen.getByText('Matched “the French president”')).toBeTruthy();
    const updated = screen.getByText('21 Mar 2025');
    expect(updated.tagName).toBe('TIME');
    expect(updated.getAttribute('datetime')).toBe('2025-03-21T09:00:00.000Z');
  });

  it('asks to edit this entry and to close through real buttons', () => {
    const { onEdit, onClose } = show(macronCard());
    fireEvent.click(screen.getByRole('button', { name: 'Edit in Fact Linker' }));
    expect(onEdit).toHaveBeenCalledExactlyOnceWith('macron');
    expect(onClose).not.toHaveBeenCalled();
    const close = screen.getByRole('button', { name: 'Close' });
    expect(close.getAttribute('type')).toBe('button');
    fireEvent.click(close);
    expect(onClose).toHaveBeenCalledOnce();
  });
});
