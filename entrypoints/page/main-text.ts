import { PAGE_TEXT_LIMIT, type PageTextAnswer } from '@/utils/protocol/tab-requests';

/** Where an article's text lives, most specific first; the body when a page marks none. */
const MAIN = ['article', 'main', '[role="main"]', 'body'];
/** Page furniture whose paragraphs are not the story. */
const FURNITURE =
  'nav, header, footer, aside, form, [role="navigation"], [role="complementary"], [aria-hidden="true"]';
/** A paragraph shorter than this is a caption or a crumb; the lead is the first one this long. */
const LEAD_WORDS = 12;
/** Paragraphs shorter than this are left out ("Share", "Advertisement"). */
const SHORTEST = 3;

const clean = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();
const wordCount = (text: string) => text.split(' ').length;

/**
 * The page's main text for suggestions, read only when the popup asks: its headline (the first `<h1>`, else the
 * title), then the paragraphs of its article (or main part, or body) outside navigation, asides and forms, the first
 * long one as the lead, cut at the protocol's size limit. Reads the DOM and changes nothing.
 */
export function readMainText(doc: Document, url: string): PageTextAnswer {
  const root = MAIN.map((selector) => doc.querySelector(selector)).find((each) => each !== null) ?? doc.body;
  const title = clean(doc.title).slice(0, 1_000);
  const headline = clean(doc.querySelector('h1')?.textContent ?? null) || title;
  const blocks: PageTextAnswer['blocks'] = [];
  let left = PAGE_TEXT_LIMIT;
  const add = (role: 'headline' | 'lead' | 'body', text: string) => {
    const kept = text.slice(0, left);
    if (kept !== '') blocks.push({ role, text: kept });
    left -= kept.length;
  };
  add('headline', headline);
  let lead = false;
  for (const paragraph of root?.querySelectorAll('p') ?? []) {
    if (left <= 0 || blocks.length >= 2_000) break;
    if (paragraph.closest(FURNITURE)) continue;
    const text = clean(paragraph.textContent);
    if (wordCount(text) < SHORTEST) continue;
    const isLead: boolean = !lead && wordCount(text) >= LEAD_WORDS;
    lead ||= isLead;
    add(isLead ? 'lead' : 'body', text);
  }
  return { title, url: url.slice(0, 8_192), blocks };
}
