// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { focusNearMention } from './focus-near';

function mentionOf(text: string): Range {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = node.textContent?.indexOf(text) ?? -1;
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + text.length);
    return range;
  }
  throw new Error(`No ${text}`);
}

describe('focusNearMention', () => {
  beforeEach(() => {
    document.body.innerHTML = `
      <nav><a id="top" href="/">Home</a></nav>
      <p>Talks with <strong>Emmanuel Macron</strong> went on.</p>
      <p>Read <a id="link" href="/starmer">Keir Starmer's speech</a>.</p>`;
    document.getElementById('top')?.focus();
  });

  it('focuses the link a mention sits in', () => {
    focusNearMention(document, mentionOf('Keir Starmer'));
    expect(document.activeElement?.id).toBe('link');
  });

  it('selects a mention in plain text and takes focus off where it was, instead of going back to the top', () => {
    focusNearMention(document, mentionOf('Emmanuel Macron'));
    expect(document.activeElement?.id).not.toBe('top');
    expect(document.getSelection()?.toString()).toBe('Emmanuel Macron');
  });

  it('leaves the selection alone when the mention is in a link', () => {
    document.getSelection()?.removeAllRanges();
    focusNearMention(document, mentionOf('Keir Starmer'));
    expect(document.getSelection()?.toString()).toBe('');
  });
});
