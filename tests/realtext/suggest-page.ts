import type { PageText, TextBlock } from '@/utils/suggest/types';
import { decodeEntities } from './page-text';

/** A first paragraph shorter than this is a standfirst crumb or a dateline, not the lead. */
const LEAD_WORDS = 12;

/**
 * A stored real-text page as the page script would send it for suggestions: its `<h1>` as the headline, its first
 * paragraph of some length as the lead, the rest as body, in document order (the blocks of page-text.ts, with roles).
 */
export function suggestPage(html: string, title: string, url: string): PageText {
  const source = html.replace(/<!--[\s\S]*?-->/g, '');
  const blocks: TextBlock[] = [];
  let lead = false;
  for (const match of source.matchAll(/<(h1|p)(?:\s[^>]*)?>([\s\S]*?)<\/\1\s*>/gi)) {
    const inner = (match[2] ?? '').replace(/<br\s*\/?>/gi, ' ').replace(/<[^>]*>/g, '');
    const text = decodeEntities(inner).replace(/\s+/g, ' ').trim();
    if (text === '') continue;
    const heading = match[1]?.toLowerCase() === 'h1';
    const isLead: boolean = !heading && !lead && text.split(' ').length >= LEAD_WORDS;
    lead ||= isLead;
    blocks.push({ role: heading ? 'headline' : isLead ? 'lead' : 'body', text });
  }
  return { title, url, blocks };
}
