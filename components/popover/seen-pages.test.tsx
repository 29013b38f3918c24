import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { macronCard } from '@/tests/helpers/card-fixtures';
import type { SeenPage } from '@/utils/seen';
import { PopoverCard } from './popover-card';

afterEach(cleanup);

const seen = (page: string, title: string, lastSeen: number): SeenPage => ({
  entryId: 'macron',
  page,
  title,
  firstSeen: 0,
  lastSeen,
  count: 1,
});

function show(total: number, latest: SeenPage[]) {
  return render(
    <PopoverCard
      card={{ ...macronCard(), seen: { total, latest } }}
      matchedAlias="Macron"
      headingId="fl-h"
      onEdit={() => undefined}
      onClose={() => undefined}
    />,
  );
}

describe('PopoverCard: where the entry was seen', () => {
  it('says in how many pages and links the latest, under their titles or hosts, in new tabs', () => {
    show(12, [
      seen('https://news.example/talks', 'Talks in Paris', 3),
      seen('https://wire.example/a?b=1', '', 2),
    ]);
    expect(screen.getByText('Seen in 12 pages')).toBeTruthy();
    const links = screen.getAllByRole('link', { name: /Talks in Paris|wire\.example/ });
    expect(
      links.map((link) => [link.textContent, link.getAttribute('href'), link.getAttribute('target')]),
    ).toEqual([
      ['Talks in Paris (opens in a new tab)', 'https://news.example/talks', '_blank'],
      ['wire.example (opens in a new tab)', 'https://wire.example/a?b=1', '_blank'],
    ]);
  });

  it('uses the singular for one page', () => {
    show(1, [seen('https://news.example/', 'One', 1)]);
    expect(screen.getByText('Seen in 1 page')).toBeTruthy();
  });

  it('renders a hostile title as text and makes no link of an address that is not http(s)', () => {
    const { container } = show(2, [
      seen('https://news.example/', '<img src=x onerror=alert(1)>', 2),
      seen('javascript:alert(1)', 'Trap', 1),
    ]);
    expect(container.querySelector('.fl-seen img')).toBeNull();
    expect(screen.getByText('<img src=x onerror=alert(1)>', { exact: false })).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Trap' })).toBeNull();
    expect(screen.getByText('Trap').closest('a')).toBeNull();
  });

  it('shows nothing for an entry seen nowhere', () => {
    const { container } = show(0, []);
    expect(container.querySelector('.fl-seen')).toBeNull();
    expect(screen.queryByText(/Seen in/)).toBeNull();
  });
});
