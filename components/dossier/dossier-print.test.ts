import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const sheet = readFileSync('components/dossier/dossier-styles.css', 'utf8');
const print = readFileSync('components/dossier/dossier-print.css', 'utf8');

/** The declarations of `selector`'s first rule in `css`, or '' when it has none. */
function rule(css: string, selector: string): string {
  const at = css.indexOf(`${selector} {`);
  return at < 0 ? '' : css.slice(at, css.indexOf('}', at));
}

describe('dossier print sheet', () => {
  it('lets the matrix grow to its full size on paper, though it scrolls on screen', () => {
    expect(rule(sheet, '.fl-matrix-scroll')).toMatch(/overflow: auto/);
    expect(rule(print, '.fl-matrix-scroll')).toMatch(/max-height: none;\s+overflow: visible/);
  });

  it('hides the controls and writes out each source address', () => {
    expect(print).toMatch(/\.fl-no-print,\s+\.fl-dossier-filters,\s+\.fl-pager button \{\s+display: none/);
    expect(rule(print, 'a.fl-source[href]::after')).toMatch(/content: " <" attr\(href\) ">"/);
  });
});
