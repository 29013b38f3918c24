import { describe, expect, it } from 'vitest';
import type { PageMention } from '../page-mentions';
import { MentionIndex } from './mention-index';

/** The mentions of `words` in `html`, each word's entry numbered by its place in `words`. */
function mentionsIn(html: string, words: string[]): PageMention[] {
  document.body.innerHTML = html;
  const mentions: PageMention[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node as Text;
    for (const word of words) {
      const at = text.data.indexOf(word);
      if (at === -1) continue;
      const range = document.createRange();
      range.setStart(text, at);
      range.setEnd(text, at + word.length);
      mentions.push({ range, entry: words.indexOf(word), text: word });
    }
  }
  return mentions;
}

describe('MentionIndex', () => {
  it('steps forward and back in reading order and wraps at both ends', () => {
    const index = new MentionIndex();
    index.set(mentionsIn('<p>Macron</p><p>Starmer</p><p>Zelensky</p>', ['Macron', 'Starmer', 'Zelensky']));
    const ids = (direction: 1 | -1, times: number) =>
      Array.from({ length: times }, () => index.step(direction)?.text);
    expect(ids(1, 4)).toEqual(['Macron', 'Starmer', 'Zelensky', 'Macron']);
    expect(ids(-1, 2)).toEqual(['Zelensky', 'Starmer']);
  });

  it('starts from the end when the first step goes back, and is null with no mentions', () => {
    const index = new MentionIndex();
    expect(index.step(1)).toBeNull();
    index.set(mentionsIn('<p>Macron and Starmer</p>', ['Macron', 'Starmer']));
    expect(index.step(-1)?.text).toBe('Starmer');
  });

  it('reveals an entry and goes on from there', () => {
    const index = new MentionIndex();
    index.set(mentionsIn('<p>Macron</p><p>Starmer</p><p>Zelensky</p>', ['Macron', 'Starmer', 'Zelensky']));
    expect(index.reveal(1)?.text).toBe('Starmer');
    expect(index.step(1)?.text).toBe('Zelensky');
    expect(index.reveal(3)).toBeNull();
  });

  it('finds the mention at a caret position, including ranges across text nodes', () => {
    document.body.innerHTML = '<p>The <b>Keir</b> Starmer plan</p>';
    const b = document.querySelector('b')!.firstChild as Text;
    const tail = b.parentElement!.nextSibling as Text;
    const range = document.createRange();
    range.setStart(b, 0);
    range.setEnd(tail, 8);
    const index = new MentionIndex();
    const mention = { range, entry: 0, text: 'Keir Starmer' };
    index.set([mention]);
    expect(index.at(b, 2)).toBe(mention);
    expect(index.at(tail, 8)).toBe(mention);
    expect(index.at(tail, 10)).toBeNull();
    expect(index.at(document.querySelector('p')!.firstChild!, 1)).toBeNull();
  });
});
