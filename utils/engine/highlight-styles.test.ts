import { describe, expect, it, vi } from 'vitest';
import { fakeEnv } from '@/tests/helpers/engine-env';
import { FAMILY_MARKS } from '@/utils/design/tokens';
import { HIGHLIGHT_STYLES } from '@/utils/settings';
import { highlightStyles, MANIFEST_SHEET } from './highlight-styles';
import { Highlighter } from './highlighter';

describe('highlightStyles', () => {
  it('gives every look its own rules for both families', () => {
    const sheets = HIGHLIGHT_STYLES.map(highlightStyles);
    expect(new Set(sheets).size).toBe(HIGHLIGHT_STYLES.length);
    for (const sheet of sheets) {
      expect(sheet).toContain('::highlight(fact-linker-actor)');
      expect(sheet).toContain('::highlight(fact-linker-proposal)');
    }
  });

  it('fills the background only in the background look', () => {
    expect(highlightStyles('background')).toContain(`background-color: ${FAMILY_MARKS.actor.fill}`);
    expect(highlightStyles('underline')).not.toContain(FAMILY_MARKS.actor.fill);
  });

  it('underlines each family in its token colour in every look, solid for actors and dotted for proposals', () => {
    for (const sheet of HIGHLIGHT_STYLES.map(highlightStyles)) {
      expect(sheet).toContain(FAMILY_MARKS.actor.line);
      expect(sheet).toContain(FAMILY_MARKS.proposal.line);
    }
    expect(highlightStyles('underline')).toContain(`underline 2px ${FAMILY_MARKS.actor.line}`);
    expect(highlightStyles('underline')).toContain(`underline dotted 2px ${FAMILY_MARKS.proposal.line}`);
  });

  it('takes no custom property from the page: every colour is written out', () => {
    for (const sheet of HIGHLIGHT_STYLES.map(highlightStyles)) expect(sheet).not.toContain('var(');
  });

  it('is what the manifest injects: highlights.css is generated from the tokens (-u writes it again)', async () => {
    await expect(MANIFEST_SHEET).toMatchFileSnapshot('./highlights.css');
  });
});

describe('Highlighter.setStyle', () => {
  it('restyles the sheet already adopted by the document', () => {
    document.body.innerHTML = '<p>Macron</p>';
    const env = fakeEnv();
    const replaced = vi.spyOn(CSSStyleSheet.prototype, 'replaceSync');
    const highlighter = new Highlighter(() => env);
    const range = document.createRange();
    range.selectNodeContents(document.body.firstChild!);
    highlighter.set(document.body.firstChild!, [{ range, family: 'actor' }]);
    const sheet = document.adoptedStyleSheets.at(-1)!;
    const text = () => String(replaced.mock.calls.at(-1)?.[0]);
    expect(text()).toContain(FAMILY_MARKS.actor.fill);
    highlighter.setStyle('underline');
    expect(replaced.mock.contexts.at(-1)).toBe(sheet);
    expect(text()).not.toContain(FAMILY_MARKS.actor.fill);
    highlighter.destroy();
    expect(document.adoptedStyleSheets).not.toContain(sheet);
    replaced.mockRestore();
  });
});

describe('Highlighter with the manifest look', () => {
  it('adopts no sheet into the styled document for the default look, and one for another look', () => {
    document.body.innerHTML = '<p>Macron</p>';
    const before = document.adoptedStyleSheets.length;
    const highlighter = new Highlighter(() => fakeEnv(), document);
    const range = document.createRange();
    range.selectNodeContents(document.body.firstChild!);
    highlighter.set(document.body.firstChild!, [{ range, family: 'actor' }]);
    expect(document.adoptedStyleSheets.length).toBe(before);
    highlighter.setStyle('subtle');
    expect(document.adoptedStyleSheets.length).toBe(before + 1);
    highlighter.setStyle('background');
    expect(document.adoptedStyleSheets.length).toBe(before);
    highlighter.destroy();
  });
});
