import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeEntry } from '@/tests/helpers/popup-fixtures';
import { OnThisPage, topicLine } from './on-this-page';

afterEach(cleanup);

const starmer = makeEntry({ id: 'starmer', name: 'Keir Starmer' });
const coalition = makeEntry({ id: 'cotw', name: 'Coalition of the willing', kind: 'coalition' });

describe('OnThisPage', () => {
  it('lists the mentioned entries in the given reading order with their counts', () => {
    render(
      <OnThisPage
        topic={null}
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
    render(<OnThisPage mentions={[{ entry: starmer, count: 2 }]} topic={null} onChoose={onChoose} />);
    fireEvent.click(screen.getByRole('button', { name: /Keir Starmer/ }));
    expect(onChoose).toHaveBeenCalledWith('starmer');
  });

  it('says so when the page mentions nothing known', () => {
    render(<OnThisPage mentions={[]} topic={null} onChoose={() => {}} />);
    expect(screen.getByText('No known actors or proposals on this page')).toBeTruthy();
    expect(screen.queryAllByRole('button')).toHaveLength(0);
  });

  it('says why the page is on topic, next to the list', () => {
    const topic = {
      gate: true,
      onTopic: true,
      evidence: ['Keir Starmer', 'Coalition of the willing'],
      hidden: [],
    };
    render(<OnThisPage mentions={[{ entry: starmer, count: 1 }]} topic={topic} onChoose={() => {}} />);
    expect(screen.getByText('On topic: Keir Starmer, Coalition of the willing')).toBeTruthy();
  });

  it('says the general names it hides on a page off topic, in place of "nothing known"', () => {
    const topic = { gate: true, onTopic: false, evidence: [], hidden: ['France', 'United States'] };
    render(<OnThisPage mentions={[]} topic={topic} onChoose={() => {}} />);
    expect(
      screen.getByText(
        'Off topic: only general names found (France, United States), so their highlights are hidden',
      ),
    ).toBeTruthy();
    expect(screen.queryByText('No known actors or proposals on this page')).toBeNull();
  });
});

describe('OnThisPage while highlighting is stopped', () => {
  it('says Fact Linker is paused, not that the page names nothing, and offers to resume', () => {
    const onResume = vi.fn();
    render(
      <OnThisPage
        mentions={[]}
        topic={null}
        halted={{ why: 'paused' }}
        onChoose={() => {}}
        onResume={onResume}
      />,
    );
    expect(screen.getByRole('heading').textContent).toBe('Fact Linker is paused');
    expect(screen.queryByText('No known actors or proposals on this page')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Resume everywhere' }));
    expect(onResume).toHaveBeenCalledOnce();
  });

  it('says it is off on this site and offers to turn it on there', () => {
    const onResume = vi.fn();
    const halted = { why: 'site', site: 'example.com' } as const;
    render(<OnThisPage mentions={[]} topic={null} halted={halted} onChoose={() => {}} onResume={onResume} />);
    expect(screen.getByRole('heading').textContent).toBe('Fact Linker is off on example.com');
    fireEvent.click(screen.getByRole('button', { name: 'Turn on for example.com' }));
    expect(onResume).toHaveBeenCalledOnce();
  });
});

describe('topicLine', () => {
  it('says nothing when the gate is off or nothing is hidden, and shortens long lists', () => {
    expect(topicLine(null)).toBeNull();
    expect(topicLine({ gate: false, onTopic: false, evidence: [], hidden: [] })).toBeNull();
    expect(topicLine({ gate: true, onTopic: false, evidence: [], hidden: [] })).toBeNull();
    expect(topicLine({ gate: true, onTopic: true, evidence: ['A', 'B', 'C', 'D', 'E'], hidden: [] })).toBe(
      'On topic: A, B, C and 2 more',
    );
  });
});
