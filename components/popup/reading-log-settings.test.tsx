import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '@/utils/settings';
import { type LogClearing, ReadingLogSettings } from './reading-log-settings';

afterEach(cleanup);

function setup(clearing: LogClearing = 'idle') {
  const onChange = vi.fn();
  const onClear = vi.fn();
  render(
    <ReadingLogSettings
      settings={DEFAULT_SETTINGS}
      onChange={onChange}
      onClear={onClear}
      clearing={clearing}
    />,
  );
  return { onChange, onClear };
}

const typeInto = (label: string, value: string) => {
  const input = screen.getByLabelText(label) as HTMLInputElement;
  input.value = value;
  fireEvent.change(input);
  return input;
};

describe('ReadingLogSettings', () => {
  it('shows the defaults: on, 90 days, 200 pages, not in private windows', () => {
    setup();
    expect(screen.getByRole('heading', { name: 'Reading log' })).toBeTruthy();
    expect(
      (screen.getByLabelText('Remember the pages where entries were highlighted') as HTMLInputElement)
        .checked,
    ).toBe(true);
    expect((screen.getByLabelText('Forget pages after (days)') as HTMLInputElement).value).toBe('90');
    expect((screen.getByLabelText('Pages kept per entry') as HTMLInputElement).value).toBe('200');
    expect(
      (screen.getByLabelText('Also remember pages in private windows') as HTMLInputElement).checked,
    ).toBe(false);
  });

  it('turns the log off and allows private windows', () => {
    const { onChange } = setup();
    fireEvent.click(screen.getByLabelText('Remember the pages where entries were highlighted'));
    expect(onChange).toHaveBeenLastCalledWith({ seenLog: false });
    fireEvent.click(screen.getByLabelText('Also remember pages in private windows'));
    expect(onChange).toHaveBeenLastCalledWith({ seenInPrivate: true });
  });

  it('keeps typed retention whole and within bounds, and ignores what is no number', () => {
    const { onChange } = setup();
    typeInto('Forget pages after (days)', '30.4');
    expect(onChange).toHaveBeenLastCalledWith({ seenMaxAgeDays: 30 });
    expect(typeInto('Pages kept per entry', '5000').value).toBe('1000');
    expect(onChange).toHaveBeenLastCalledWith({ seenMaxPages: 1000 });
    onChange.mockClear();
    expect(typeInto('Pages kept per entry', '').value).toBe('200');
    expect(typeInto('Forget pages after (days)', '0').value).toBe('1');
    expect(onChange.mock.calls).toEqual([[{ seenMaxAgeDays: 1 }]]);
  });

  it('clears the log on request and says how it went', () => {
    const { onClear } = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Clear reading log' }));
    expect(onClear).toHaveBeenCalledOnce();
    cleanup();
    setup('busy');
    expect((screen.getByRole('button', { name: 'Clear reading log' }) as HTMLButtonElement).disabled).toBe(
      true,
    );
    cleanup();
    setup('done');
    expect(screen.getByRole('status').textContent).toBe('Reading log cleared.');
    cleanup();
    setup('failed');
    expect(screen.getByRole('status').textContent).toBe('The reading log could not be cleared.');
  });
});
