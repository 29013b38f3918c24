import { describe, expect, it } from 'vitest';
import { readPageCommand } from './page-commands';

const OWN = { id: 'our-id' };

describe('readPageCommand', () => {
  it('accepts page.step and page.reveal from our own extension', () => {
    expect(readPageCommand({ type: 'page.step', direction: 1 }, OWN, 'our-id')).toEqual({
      type: 'page.step',
      direction: 1,
    });
    expect(readPageCommand({ type: 'page.step', direction: -1 }, OWN, 'our-id')).toMatchObject({
      direction: -1,
    });
    expect(readPageCommand({ type: 'page.reveal', entryId: 'macron' }, OWN, 'our-id')).toEqual({
      type: 'page.reveal',
      entryId: 'macron',
    });
  });

  it('rejects other senders', () => {
    const step = { type: 'page.step', direction: 1 };
    expect(readPageCommand(step, { id: 'another-extension' }, 'our-id')).toBeNull();
    expect(readPageCommand(step, {}, 'our-id')).toBeNull();
  });

  it('rejects wrong shapes', () => {
    for (const message of [
      null,
      'page.step',
      { type: 'page.step' },
      { type: 'page.step', direction: 2 },
      { type: 'page.step', direction: '1' },
      { type: 'page.reveal' },
      { type: 'page.reveal', entryId: '' },
      { type: 'page.reveal', entryId: 42 },
      { type: 'page.reveal', entryId: 'x'.repeat(201) },
      { type: 'kb.changed', version: 3 },
    ]) {
      expect(readPageCommand(message, OWN, 'our-id'), JSON.stringify(message)).toBeNull();
    }
  });
});
