import { cleanup, render } from '@testing-library/preact';
import axe from 'axe-core';
import { afterEach, describe, expect, it } from 'vitest';
import { coalitionCard, macronCard } from '@/tests/helpers/card-fixtures';
import type { Card } from '@/utils/model';
import { PopoverCard } from './popover-card';

afterEach(cleanup);

/** axe violations of a card inside the labelled dialog the content script provides; contrast needs layout, so it is checked on the palette instead. */
async function violations(card: Card) {
  const { container } = render(
    <div role="dialog" aria-labelledby="fl-h">
      <PopoverCard card={card} matchedAlias="Macron" headingId="fl-h" onEdit={() => {}} onClose={() => {}} />
    </div>,
  );
  const result = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
  return result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.html)}`);
}

describe('PopoverCard accessibility', () => {
  it('has no axe violations for an actor card', async () => {
    expect(await violations(macronCard())).toEqual([]);
  });

  it('has no axe violations for a proposal card', async () => {
    expect(await violations(coalitionCard())).toEqual([]);
  });
});
