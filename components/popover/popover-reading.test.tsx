import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { macronCard } from '@/tests/helpers/card-fixtures';
import { PopoverCard } from './popover-card';
import { popoverStyles } from './popover-styles';

afterEach(() => {
  cleanup();
  document.head.querySelector('#fl-popover-test-css')?.remove();
});

/** The card with its real stylesheet, as the frame shows it. */
function showStyled() {
  const style = document.createElement('style');
  style.id = 'fl-popover-test-css';
  style.textContent = popoverStyles;
  document.head.append(style);
  const { container } = render(
    <div role="dialog" aria-labelledby="fl-h">
      <PopoverCard
        card={macronCard()}
        matchedAlias="Macron"
        headingId="fl-h"
        onEdit={() => {}}
        onClose={() => {}}
      />
    </div>,
  );
  const part = (selector: string) => container.querySelector<HTMLElement>(selector)!;
  return { container, part, css: (selector: string) => getComputedStyle(part(selector)) };
}

describe('PopoverCard for readers', () => {
  it('scrolls the card as a whole: no nested scroll box around the facts', () => {
    const { css } = showStyled();
    expect(css('.fl-popover').overflowY).toBe('auto');
    expect(['', 'visible']).toContain(css('.fl-body').overflowY);
    expect(css('.fl-body').flexShrink).toBe('0');
  });

  it("puts the entry's links and the sources before editing, which is a quiet text action", () => {
    const { container, css } = showStyled();
    const order = [...container.querySelectorAll('a[href], button')].map((element) =>
      element.classList.contains('fl-edit') ? 'edit' : element.tagName === 'A' ? 'link' : 'button',
    );
    expect(order.indexOf('link')).toBeGreaterThanOrEqual(0);
    expect(order.at(-1)).toBe('edit');
    const edit = css('.fl-edit');
    expect(edit.textDecorationLine || edit.textDecoration).toContain('underline');
    expect(['none', 'transparent', '']).toContain(edit.backgroundColor);
  });
});
