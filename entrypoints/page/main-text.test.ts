import { describe, expect, it } from 'vitest';
import { PAGE_TEXT_LIMIT } from '@/utils/protocol/tab-requests';
import { readMainText } from './main-text';

function page(body: string, title = 'Page title'): Document {
  const doc = document.implementation.createHTMLDocument();
  doc.title = title;
  doc.body.innerHTML = body;
  return doc;
}

const LONG = 'Vladimir Medinsky met Rustem Umerov in Istanbul on Friday to talk about a ceasefire.';

describe('readMainText', () => {
  it('sends the headline, the first long paragraph as the lead, and the rest of the article as body', () => {
    const doc = page(`
      <nav><p>Home News Sport World</p></nav>
      <article><h1>Talks  in Istanbul</h1><p>By a reporter here</p><p>${LONG}</p><p>Share</p><p>More came later on.</p>
      <aside><p>Read more about other things</p></aside></article>
      <footer><p>Copyright the outlet 2026</p></footer>`);
    expect(readMainText(doc, 'https://example.org/a')).toEqual({
      title: 'Page title',
      url: 'https://example.org/a',
      blocks: [
        { role: 'headline', text: 'Talks in Istanbul' },
        { role: 'body', text: 'By a reporter here' },
        { role: 'lead', text: LONG },
        { role: 'body', text: 'More came later on.' },
      ],
    });
  });

  it('falls back to the title for a headline and to the body for the article', () => {
    const blocks = readMainText(
      page('<div><p>Three words here</p></div>', 'Only a title'),
      'https://e.org/',
    ).blocks;
    expect(blocks).toEqual([
      { role: 'headline', text: 'Only a title' },
      { role: 'body', text: 'Three words here' },
    ]);
  });

  it('stops at the size limit', () => {
    const doc = page(`<main>${`<p>${'word '.repeat(2_000)}</p>`.repeat(10)}</main>`);
    const blocks = readMainText(doc, 'https://e.org/').blocks;
    expect(blocks.reduce((sum, block) => sum + block.text.length, 0)).toBe(PAGE_TEXT_LIMIT);
  });
});
