import { cleanup, render, screen } from '@testing-library/preact';
import axe from 'axe-core';
import { afterEach, describe, expect, it } from 'vitest';
import { dossierTimeline } from '@/tests/helpers/dossier-fixtures';
import { TimelineList } from './timeline-list';

afterEach(cleanup);

const titles = new Map([['starter', 'Starter pack']]);

describe('TimelineList', () => {
  it('shows each item with its date, entries as links to their pages, what a stance replaced, and its packs', () => {
    render(<TimelineList items={dossierTimeline()} packTitles={titles} start={0} />);
    const items = screen.getAllByRole('listitem');
    expect(items.map((item) => item.querySelector('time')?.getAttribute('datetime'))).toEqual([
      '2025-04',
      '2025-03-20',
      '2025-03-02',
      '2025-01',
    ]);
    expect(items[1]?.textContent).toContain('Emmanuel Macron supports UN mission (was: considers)');
    expect(items[3]?.textContent).toContain('(first known position)');
    expect(screen.getAllByRole('link', { name: 'Keir Starmer' })[0]?.getAttribute('href')).toBe(
      '#entry=starmer',
    );
    expect(items[2]?.textContent).toContain('From Starter pack');
    expect(items[0]?.textContent).toContain('Your own');
  });

  it('renders stored text as text and links a source only when its address is http(s)', () => {
    const { container } = render(<TimelineList items={dossierTimeline()} packTitles={titles} start={0} />);
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByText(/Leaders met in London <img/)).toBeTruthy();
    expect(screen.getByRole('link', { name: /BBC/ }).getAttribute('href')).toBe('https://bbc.example/summit');
    expect(screen.queryByRole('link', { name: /Evil/ })).toBeNull();
    expect(screen.getByText('Evil')).toBeTruthy();
  });

  it('numbers a later page from where it starts, and says when nothing matches', () => {
    const { container, rerender } = render(
      <TimelineList items={dossierTimeline()} packTitles={titles} start={100} />,
    );
    expect(container.querySelector('ol')?.getAttribute('start')).toBe('101');
    rerender(<TimelineList items={[]} packTitles={titles} start={0} />);
    expect(screen.getByText('Nothing on the timeline matches these filters.')).toBeTruthy();
  });

  it('has no axe violations', async () => {
    const { container } = render(<TimelineList items={dossierTimeline()} packTitles={titles} start={0} />);
    const result = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    expect(result.violations.map((violation) => violation.id)).toEqual([]);
  });
});
