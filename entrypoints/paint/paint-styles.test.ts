import { afterEach, describe, expect, it } from 'vitest';
import { FAMILY_MARKS } from '@/utils/design/tokens';
import { PAINT_STYLES } from './paint-styles';

afterEach(() => {
  document.head.replaceChildren();
  document.body.replaceChildren();
  delete document.documentElement.dataset.look;
});

/** The computed look of an actor's and a proposal's box in the paint frame's document. */
function boxes(look: string) {
  const style = document.createElement('style');
  style.textContent = PAINT_STYLES;
  document.head.append(style);
  document.documentElement.dataset.look = look;
  document.body.innerHTML = '<div id="boxes"><div></div><div class="fl-p"></div></div>';
  return [...document.querySelectorAll<HTMLElement>('#boxes > div')].map((box) => getComputedStyle(box));
}

describe('PAINT_STYLES', () => {
  it('draws each family in the marks of the page highlights, the fill only in the background look', () => {
    const [actor, proposal] = boxes('background');
    expect(actor!.borderBottomColor).toBe(FAMILY_MARKS.actor.line);
    expect(actor!.backgroundColor).toBe(FAMILY_MARKS.actor.overlay);
    expect(proposal!.borderBottomColor).toBe(FAMILY_MARKS.proposal.line);
    expect(proposal!.borderBottomStyle).toBe('dotted');
    expect(boxes('underline')[0]!.backgroundColor).toBe('transparent');
  });

  it('keeps the family colours in the subtle look, thinner and dotted', () => {
    const [actor, proposal] = boxes('subtle');
    expect([actor!.borderBottomColor, actor!.borderBottomWidth, actor!.borderBottomStyle]).toEqual([
      FAMILY_MARKS.actor.line,
      '1px',
      'dotted',
    ]);
    expect(proposal!.borderBottomColor).toBe(FAMILY_MARKS.proposal.line);
  });

  it("leaves the page's colour scheme alone, so the frame's canvas stays transparent", () => {
    expect(PAINT_STYLES).not.toContain('color-scheme');
  });
});
