import { afterEach, describe, expect, it } from 'vitest';
import { trapFocus } from './trap-focus';

function card(): HTMLElement {
  document.body.innerHTML = `<div id="card" tabindex="-1"><button id="close">×</button>
    <div id="body" tabindex="0">text</div><a id="source" href="https://example.org/">source</a></div>
    <button id="outside">page</button>`;
  return document.getElementById('card')!;
}

function tab(dialog: HTMLElement, shiftKey = false): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { key: 'Tab', shiftKey, cancelable: true });
  trapFocus(dialog, event);
  return event;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('trapFocus', () => {
  it('wraps Tab from the last control to the first, and Shift+Tab from the first to the last', () => {
    const dialog = card();
    document.getElementById('source')!.focus();
    expect(tab(dialog).defaultPrevented).toBe(true);
    expect(document.activeElement?.id).toBe('close');
    expect(tab(dialog, true).defaultPrevented).toBe(true);
    expect(document.activeElement?.id).toBe('source');
  });

  it('lets Tab move on normally between controls inside', () => {
    const dialog = card();
    document.getElementById('close')!.focus();
    expect(tab(dialog).defaultPrevented).toBe(false);
    expect(document.activeElement?.id).toBe('close');
  });

  it('sends Shift+Tab from the card itself to its last control', () => {
    const dialog = card();
    dialog.focus();
    expect(tab(dialog, true).defaultPrevented).toBe(true);
    expect(document.activeElement?.id).toBe('source');
  });
});
