import { afterEach, describe, expect, it } from 'vitest';
import { macronCard } from '@/tests/helpers/card-fixtures';
import { UI_HOST } from '../dom-rules';
import { PopoverView } from './popover-view';
import { createUiHost, SHADOW_MODE } from './ui-host';

function view() {
  return new PopoverView({ doc: document, onEdit: () => {}, onClose: () => {}, onGone: () => {} });
}

function mention() {
  document.body.innerHTML = '<p>Macron spoke.</p>';
  const range = document.createRange();
  range.setStart(document.querySelector('p')!.firstChild!, 0);
  range.setEnd(document.querySelector('p')!.firstChild!, 6);
  return { range, entryId: 'macron', text: 'Macron' };
}

describe('UI host', () => {
  afterEach(() => {
    for (const host of document.querySelectorAll(UI_HOST)) host.remove();
  });

  it('is closed outside the e2e build, so page scripts cannot read it', () => {
    expect(SHADOW_MODE).toBe('closed');
    const ui = createUiHost(document);
    expect(ui.host.shadowRoot).toBeNull();
    expect(ui.host.parentNode).toBe(document.documentElement);
    ui.destroy();
  });

  it('keeps its styles inside the shadow root and resets the host against page CSS', () => {
    const ui = createUiHost(document, 'open');
    const style = ui.host.shadowRoot?.querySelector('style');
    expect(style?.textContent).toContain(':host');
    expect(style?.textContent).toContain('all: initial !important');
    expect(style?.textContent).toContain('.fl-popover');
    expect(document.head.querySelector('style')).toBeNull();
    expect(ui.container.getAttribute('role')).toBe('dialog');
    expect(ui.container.getAttribute('aria-modal')).toBe('false');
    ui.destroy();
    expect(document.querySelector(UI_HOST)).toBeNull();
  });

  it('is made once, on the first show, and removed by destroy', () => {
    const popover = view();
    expect(document.querySelector(UI_HOST)).toBeNull();
    popover.show(macronCard(), mention(), false, 0);
    popover.hide();
    popover.show(macronCard(), mention(), false, 0);
    expect(document.querySelectorAll(UI_HOST)).toHaveLength(1);
    popover.destroy();
    expect(document.querySelector(UI_HOST)).toBeNull();
  });
});
