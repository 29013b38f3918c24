import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeEntry } from '@/tests/helpers/popup-fixtures';
import { OnThisPage } from './on-this-page';

afterEach(cleanup);

const starmer = makeEntry({ id: 'starmer', name: 'Keir Starmer' });
const coalition = makeEntry({ id: 'cotw', name: 'Coalition of the willing', kind: 'coalition' });

describe('OnThisPage', () => {
  it('lists the mentioned entries in the given reading order with their counts', () => {
    render(
      <OnThisPage
        mentions={[
          { entry: coalition, count: 3 },
          { entry: starmer, count: 1 },
        ]}
        onChoose={() => {}}
      />,
    );
    expect(screen.getByRole('heading').textContent).toBe('2 entries on this page');
    const buttons = screen.getAllByRole('button');
    expect(buttons.map((button) => button.textContent)).toEqual([
      'Coalition of the willingCoalition3 mentions',
      'Keir StarmerPerson1 mention',
    ]);
  });

  it('reports the chosen entry', () => {
    const onChoose = vi.fn();
    render(<OnThisPage mentions={[{ entry: starmer, count: 2 }]} onChoose={onChoose} />);
    fireEvent.click(screen.getByRole('button', { name: /Keir Starmer/ }));
    expect(onChoose).toHaveBeenCalledWith('starmer');
  });

  it('says so when the page mentions nothing known', () => {
    render(<OnThisPage mentions={[]} onChoose={() => {}} />);
    expect(screen.getByText('No known actors or proposals on this page')).toBeTruthy();
    expect(screen.queryAllByRole('button')).toHaveLength(0);
  });
});
