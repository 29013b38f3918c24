import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import axe from 'axe-core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { dossierSource } from '@/tests/helpers/dossier-fixtures';
import { entryRefs, OWN_RECORDS } from '@/utils/dossier/dossier-source';
import { NO_FILTER } from '@/utils/dossier/timeline-filter';
import { TimelineFilters } from './timeline-filters';

afterEach(cleanup);

const entries = [...entryRefs(dossierSource().entries).values()];
const packs = [{ id: 'starter', title: 'Starter pack' }];

function setup() {
  const onApply = vi.fn();
  render(<TimelineFilters filter={NO_FILTER} entries={entries} packs={packs} onApply={onApply} />);
  const type = (label: string, value: string) =>
    fireEvent.input(screen.getByLabelText(label), { target: { value } });
  const choose = (label: string, value: string) =>
    fireEvent.change(screen.getByLabelText(label), { target: { value } });
  const apply = () => fireEvent.click(screen.getByRole('button', { name: 'Apply filters' }));
  return { onApply, type, choose, apply };
}

describe('TimelineFilters', () => {
  it('applies the entry named in any case, the choices and the date range', () => {
    const { onApply, type, choose, apply } = setup();
    type('Entry', 'emmanuel macron');
    choose('Kind', 'mission');
    choose('Pack', OWN_RECORDS);
    type('From', '2025-03');
    type('To', '2025');
    choose('Order', 'oldest');
    apply();
    expect(onApply).toHaveBeenCalledWith({
      ...NO_FILTER,
      entryId: 'macron',
      kind: 'mission',
      pack: OWN_RECORDS,
      from: '2025-03',
      to: '2025',
      order: 'oldest',
    });
  });

  it('refuses an unknown name, a malformed date and a reversed range, saying why and applying nothing', () => {
    const { onApply, type, apply } = setup();
    type('Entry', 'Nobody');
    apply();
    expect(screen.getByRole('alert').textContent).toBe('No entry is named “Nobody”.');
    type('Entry', '');
    type('From', '2025-02-30');
    apply();
    expect(screen.getByRole('alert').textContent).toMatch(/From: “2025-02-30” is not a date/);
    type('From', '2025-06');
    type('To', '2025-01');
    apply();
    expect(screen.getByRole('alert').textContent).toBe('The “From” date is after the “To” date.');
    expect(onApply).not.toHaveBeenCalled();
  });

  it('clears every filter at once', () => {
    const { onApply } = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(onApply).toHaveBeenCalledWith(NO_FILTER);
  });

  it('has no axe violations', async () => {
    setup();
    const result = await axe.run(document.body, { rules: { 'color-contrast': { enabled: false } } });
    expect(result.violations.map((violation) => violation.id)).toEqual([]);
  });
});
