import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import axe from 'axe-core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { dossierMatrix } from '@/tests/helpers/dossier-fixtures';
import { StanceHistoryView } from './stance-history';
import { cellKey, StanceMatrix } from './stance-matrix';

afterEach(cleanup);

describe('StanceMatrix', () => {
  it('shows the latest position and date in a button per cell with stances, and nothing to press elsewhere', () => {
    render(<StanceMatrix page={dossierMatrix()} openKey={null} onOpen={vi.fn()} />);
    const cells = screen.getAllByRole('button');
    expect(cells.map((cell) => cell.textContent?.replace(/\s+/g, ' ').trim())).toEqual([
      'Emmanuel Macron on UN mission: supports 20 Mar 2025 ×2 (2 stances), show history',
      'Keir Starmer on Coalition of the willing: proposes undated show history',
    ]);
    expect(cells.every((cell) => !cell.hasAttribute('aria-label'))).toBe(true);
    expect(cells[1]?.textContent).toContain('undated');
    expect(screen.getAllByText('no stance')).toHaveLength(2);
  });

  it('opens a cell on click, and moves focus between cells with the arrow keys, skipping empty ones', () => {
    const onOpen = vi.fn();
    render(<StanceMatrix page={dossierMatrix()} openKey={null} onOpen={onOpen} />);
    const [macron, starmer] = screen.getAllByRole('button');
    fireEvent.click(macron!);
    expect(onOpen.mock.calls[0]?.[0]).toMatchObject({ actorId: 'macron', proposal: { id: 'mission' } });
    macron!.focus();
    fireEvent.keyDown(macron!, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(macron);
    fireEvent.keyDown(macron!, { key: 'ArrowRight' });
    expect(document.activeElement).toBe(macron);
    starmer!.focus();
    fireEvent.keyDown(starmer!, { key: 'ArrowUp' });
    expect(document.activeElement).toBe(starmer);
  });

  it('lists a history latest first with what each step replaced, and closes it', () => {
    const page = dossierMatrix();
    const cell = page.cells.find((candidate) => candidate.actorId === 'macron')!;
    const onClose = vi.fn();
    render(
      <StanceHistoryView
        actor={page.actors[0]!}
        proposal={cell.proposal}
        steps={cell.steps}
        packTitles={new Map()}
        onClose={onClose}
      />,
    );
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      expect.stringContaining('Supports (was: considers)Raised it with Guterres'),
      expect.stringContaining('Considers (first known position)'),
    ]);
    expect(document.activeElement?.textContent).toBe('Emmanuel Macron on UN mission');
    fireEvent.click(screen.getByRole('button', { name: 'Close history' }));
    expect(onClose).toHaveBeenCalled();
  });

  it('has no axe violations with a history open', async () => {
    const page = dossierMatrix();
    const cell = page.cells[0]!;
    const { container } = render(
      <>
        <StanceMatrix page={page} openKey={cellKey(cell)} onOpen={vi.fn()} />
        <StanceHistoryView
          actor={page.actors[0]!}
          proposal={cell.proposal}
          steps={cell.steps}
          packTitles={new Map()}
          onClose={vi.fn()}
        />
      </>,
    );
    const result = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    expect(result.violations.map((violation) => violation.id)).toEqual([]);
  });
});
