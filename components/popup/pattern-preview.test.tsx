import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { PatternPreview } from './pattern-preview';

afterEach(cleanup);

const summary = () => screen.queryByText(/^Expands to/)?.textContent;
const refused = () =>
  screen.queryByRole('list', { name: 'Refused phrases' })?.querySelectorAll('li') ??
  ([] as unknown as NodeList);
const texts = (nodes: NodeList) => [...nodes].map((node) => node.textContent);

describe('PatternPreview', () => {
  it('shows how many phrases a pattern has, the first few, and all of them on request', () => {
    render(<PatternPreview text="{UN|U.N.|United Nations}[-led] mission" caseSensitive={false} />);
    expect(summary()).toBe('Expands to 6: UN-led mission, UN mission, U.N.-led mission, …');
    expect(screen.getByText('All 6 phrases')).toBeTruthy();
    expect(texts(document.querySelectorAll('.fl-pattern-phrases li'))).toEqual([
      'UN-led mission',
      'UN mission',
      'U.N.-led mission',
      'U.N. mission',
      'United Nations-led mission',
      'United Nations mission',
    ]);
    expect(texts(refused())).toEqual([]);
  });

  it('lists without "All" when the summary already names every phrase', () => {
    render(<PatternPreview text="peacekeeper[s]" caseSensitive={false} />);
    expect(summary()).toBe('Expands to 2: peacekeepers, peacekeeper');
    expect(screen.queryByText(/^All /)).toBeNull();
  });

  it('flags each phrase the store would refuse, and clears the common word once Match case keeps its capitals', () => {
    const { rerender } = render(<PatternPreview text="[the ]{UN|ONU}[ mission]" caseSensitive={false} />);
    expect(texts(refused())).toEqual([
      '“UN”: so common it would be highlighted on almost every page: tick Match case and write its capitals',
    ]);
    rerender(<PatternPreview text="[the ]{UN|ONU}[ mission]" caseSensitive={true} />);
    expect(texts(refused())).toEqual([]);
    rerender(<PatternPreview text="[Macron]{|.}" caseSensitive={false} />);
    expect(summary()).toBe('Expands to 4: Macron, Macron., (nothing), …');
    expect(texts(refused())).toEqual(['“(nothing)”: nothing at all', '“.”: has no letter or digit']);
  });

  it('shows nothing for plain text or a pattern in error', () => {
    const { container, rerender } = render(<PatternPreview text="Emmanuel Macron" caseSensitive={false} />);
    expect(container.textContent).toBe('');
    rerender(<PatternPreview text="{UN mission" caseSensitive={false} />);
    expect(container.textContent).toBe('');
  });
});
