import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { tokenSheet } from '@/utils/design/token-css';

const SHEETS = ['components/popup/popup-styles.css', 'entrypoints/popup/app.css'];

/**
 * Puts the popup's real stylesheets, with the design tokens its entry injects, into the test document, so
 * component tests can read declared layout and sizes through getComputedStyle (happy-dom cascades rules but lays
 * nothing out); returns a function that removes them.
 */
export function usePopupCss(): () => void {
  const style = document.createElement('style');
  style.textContent = [
    tokenSheet(':root'),
    ...SHEETS.map((path) => readFileSync(resolve(path), 'utf8')),
  ].join('\n');
  document.head.append(style);
  return () => style.remove();
}

/** A declared CSS length in px, or 0 when none is declared. */
export function px(value: string): number {
  const parsed = Number.parseFloat(value);
  return Number.isFinite(parsed) ? parsed : 0;
}
