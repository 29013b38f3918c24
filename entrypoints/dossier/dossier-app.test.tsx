import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { dossierSource, dossierTimeline } from '@/tests/helpers/dossier-fixtures';
import { buildMatrix, matrixPage } from '@/utils/dossier/matrix';
import {
  filterTimeline,
  NO_FILTER,
  type TimelineFilter,
  timelinePage,
} from '@/utils/dossier/timeline-filter';
import { call } from '@/utils/protocol/call';
import { DossierApp } from './dossier-app';

vi.mock('@/utils/protocol/call', async (original) => ({
  ...(await original<typeof import('@/utils/protocol/call')>()),
  call: vi.fn(),
}));

const source = dossierSource();
const starter = { id: 'starter', title: 'Starter pack' };

/** Every field the requests below carry; each reads its own. */
interface Asked {
  filter: TimelineFilter;
  offset: number;
  limit: number;
  id: string;
}

/** The background's answers, from the same pure code its handlers run. */
function answer(type: string, asked: Asked): unknown {
  if (type === 'dossier.entryRefs') return source.entries.map(({ id, name, kind }) => ({ id, name, kind }));
  if (type === 'packs.list') return { installed: [starter], available: [] };
  if (type === 'dossier.timeline')
    return timelinePage(filterTimeline(dossierTimeline(), asked.filter), asked.offset, asked.limit);
  if (type === 'dossier.matrix') return matrixPage(buildMatrix(source), asked.offset, asked.limit);
  if (type === 'kb.draft') {
    const entry = source.entries.find(({ id }) => id === asked.id);
    return entry ? { entry, facts: [], stances: [] } : null;
  }
  if (type === 'kb.origin') return { packs: [], edited: false };
  throw new Error(`unexpected ${type}`);
}

function go(hash: string) {
  window.location.hash = hash;
  window.dispatchEvent(new HashChangeEvent('hashchange'));
}

beforeEach(() => {
  vi.mocked(call).mockClear();
  vi.mocked(call).mockImplementation(async (type, payload) => answer(type, payload as Asked) as never);
  window.location.hash = '';
});
afterEach(cleanup);

describe('DossierApp', () => {
  it('opens on the timeline, then follows the hash to the matrix and to an entry page', async () => {
    render(<DossierApp />);
    expect(await screen.findByText(/Leaders met in London/)).toBeTruthy();
    go('#matrix');
    expect(await screen.findByRole('table')).toBeTruthy();
    expect(screen.getAllByRole('rowheader').map((cell) => cell.textContent)).toEqual([
      'Emmanuel Macron',
      'Keir Starmer',
    ]);
    go('#entry=starmer');
    expect(await screen.findByRole('heading', { level: 2, name: 'Keir Starmer' })).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
    go('#entry=gone');
    expect(await screen.findByText('This entry no longer exists.')).toBeTruthy();
  });

  it("asks for every entry's name once the timeline's first page is shown, and an entry's page waits for them", async () => {
    const waiting = new Map<string, (value: never) => void>();
    vi.mocked(call).mockImplementation(async (type, payload) =>
      type === 'packs.list'
        ? (answer(type, payload as Asked) as never)
        : new Promise<never>((resolve) => {
            waiting.set(type, resolve);
          }),
    );
    const asked = () => vi.mocked(call).mock.calls.map(([type]) => type);
    render(<DossierApp />);
    await waitFor(() => expect(asked()).toContain('dossier.timeline'));
    expect(asked()).not.toContain('dossier.entryRefs');
    waiting.get('dossier.timeline')?.(
      answer('dossier.timeline', { filter: NO_FILTER, offset: 0, limit: 100 } as Asked) as never,
    );
    expect(await screen.findByText(/Leaders met in London/)).toBeTruthy();
    await waitFor(() => expect(asked()).toContain('dossier.entryRefs'));
    go('#entry=starmer');
    expect(await screen.findByText('Loading…')).toBeTruthy();
    expect(asked()).not.toContain('kb.draft');
    vi.mocked(call).mockImplementation(async (type, payload) => answer(type, payload as Asked) as never);
    waiting.get('dossier.entryRefs')?.(answer('dossier.entryRefs', {} as Asked) as never);
    expect(await screen.findByRole('heading', { level: 2, name: 'Keir Starmer' })).toBeTruthy();
  });

  it("asks for every entry's name at once where the view is not the timeline", async () => {
    go('#matrix');
    render(<DossierApp />);
    expect(await screen.findByRole('table')).toBeTruthy();
    expect(vi.mocked(call).mock.calls.map(([type]) => type)).toContain('dossier.entryRefs');
    expect(vi.mocked(call).mock.calls.map(([type]) => type)).not.toContain('dossier.timeline');
  });

  it("opens a cell's history with focus on it, and gives focus back to the cell when it closes", async () => {
    render(<DossierApp />);
    go('#matrix');
    const cell = await screen.findByRole('button', { name: /Emmanuel Macron on UN mission/ });
    cell.focus();
    fireEvent.click(cell);
    const heading = await screen.findByRole('heading', { name: 'Emmanuel Macron on UN mission' });
    expect(document.activeElement).toBe(heading);
    expect(cell.getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(screen.getByRole('button', { name: 'Close history' }));
    await waitFor(() => expect(document.activeElement).toBe(cell));
  });

  it('asks for the timeline of one entry when the hash names it, and applies the filters the reader sets', async () => {
    go('#timeline?entry=coalition');
    render(<DossierApp />);
    expect(await screen.findByText('A fact with a hostile source')).toBeTruthy();
    expect(screen.queryByText(/Leaders met in London/)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    fireEvent.change(screen.getByLabelText('Type'), { target: { value: 'stance' } });
    fireEvent.click(screen.getByRole('button', { name: 'Apply filters' }));
    await waitFor(() => expect(screen.queryByText('A fact with a hostile source')).toBeNull());
    expect(screen.getAllByRole('listitem')).toHaveLength(2);
  });
});
