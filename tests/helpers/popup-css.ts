import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { cleanup } from '@testing-library/preact';
import { afterEach, beforeEach } from 'vitest';
import { tokenSheet } from '@/utils/design/token-css';

const SHEETS = [
  'components/popup/popup-styles.css',
  'components/popup/packs-view.css',
  'entrypoints/popup/app.css',
];

/**
 * Puts the popup's real stylesheets, with the design tokens its entry injects, into the test document before each
 * test of the calling suite and removes them (and what the test rendered) after it, so component tests can read
 * declared layout and sizes through getComputedStyle (happy-dom cascades rules but lays nothing out).
 */
export function withPopupCss(): void {
  let style: HTMLStyleElement;
  beforeEach(() => {
    style = document.createElement('style');
    style.textContent = [
      tokenSheet(':root'),
      ...SHEETS.map((path) => readFileSync(resolve(path), 'utf8')),
    ].join('\n');
    document.head.append(style);
  });
  afterEach(() => {
    cleanup();
    style.remove();
  });
}

/** A declared CSS length in px, or 0 when none is declared. */
export function px(value: string): number {
  const parsed = Number.parseFloat(value);
  return Number.isFinite(parsed) ? parsed : 0;
}
