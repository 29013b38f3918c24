import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SeenPage } from '@/utils/seen';
import { ROWS_PER_PAGE } from './row-pages';
import { SeenList, type SeenListState } from './seen-list';

afterEach(cleanup);

const MARCH_3 = Date.UTC(2025, 2, 3, 12);
const row = (n: number, overrides: Partial<SeenPage> = {}): SeenPage => ({
  entryId: 'macron',
  page: `https://news.example/${n}`,
  title: `Story ${n}`,
  firstSeen: Date.UTC(2025, 0, 10, 12),
  lastSeen: MARCH_3,
  count: 1,
  ...overrides,
});

function show(state: SeenListState, page = 0) {
  const onPage = vi.fn();
  return { ...render(<SeenList state={state} page={page} onPage={onPage} />), onPage };
}

describe('SeenList', () => {
  it('lists each page as a new-tab link under its title, with its visits and first and last days', () => {
    show({ total: 2, pages: [row(1, { count: 3 }), row(2, { title: '' })] });
    expect(screen.getByRole('heading', { name: 'Where it was seen' })).toBeTruthy();
    const links = screen.getAllByRole('link');
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Story 1 (opens in a new tab)', 'https://news.example/1'],
      ['https://news.example/2 (opens in a new tab)', 'https://news.example/2'],
    ]);
    expect(screen.getByText('3 visits · first seen 10 Jan 2025, last seen 3 Mar 2025')).toBeTruthy();
    expect(screen.getByText('1 visit · first seen 10 Jan 2025, last seen 3 Mar 2025')).toBeTruthy();
  });

  it('renders a hostile title as text and no link for an address that is not http(s)', () => {
    const { container } = show({
      total: 1,
      pages: [row(1, { page: 'javascript:alert(1)', title: '<b onclick=alert(1)>x</b>' })],
    });
    expect(container.querySelector('b')).toBeNull();
    expect(screen.queryByRole('link')).toBeNull();
    expect(screen.getByText('<b onclick=alert(1)>x</b>')).toBeTruthy();
  });

  it('pages a long list and asks for the next page', () => {
    const pages = Array.from({ length: ROWS_PER_PAGE }, (_, n) => row(n));
    const { onPage } = show({ total: 120, pages });
    expect(screen.getByText(`Pages ${1}–${ROWS_PER_PAGE} of 120`, { exact: false })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    expect(onPage).toHaveBeenCalledWith(1);
  });

  it('shows no pager when one page holds every row', () => {
    show({ total: 2, pages: [row(1), row(2)] });
    expect(screen.queryByRole('button', { name: 'Next' })).toBeNull();
  });

  it('says when the entry was seen nowhere, while loading, and when loading failed', () => {
    show({ total: 0, pages: [] });
    expect(screen.getByText(/Not highlighted on any page yet/)).toBeTruthy();
    cleanup();
    show('loading');
    expect(screen.getByText('Loading the pages where it was seen…')).toBeTruthy();
    cleanup();
    show('failed');
    expect(screen.getByText('The pages where it was seen could not be loaded.')).toBeTruthy();
  });
});
