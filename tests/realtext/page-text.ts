/**
 * Text of a real-text evaluation page, taken the way docs/realtext-annotation.md defines it: one block per `<h1>` or
 * `<p>` element in document order, inner tags dropped, character references decoded, whitespace collapsed.
 */

/** One annotated mention of a starter-pack entry. */
export interface Mention {
  entry: string;
  text: string;
  block: number;
  occurrence: number;
}

/** One mention of a name the starter pack lacks, under a proposed id. */
export interface MissingMention {
  id: string;
  kind: string;
  text: string;
  block: number;
  occurrence: number;
}

/** The hand annotations of one page, as stored in annotations.json. */
export interface PageAnnotations {
  file: string;
  topic: 'on' | 'off';
  mentions: Mention[];
  missing: MissingMention[];
}

const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
};

/** Decodes HTML character references, so that annotations can quote the text a reader sees rather than its markup. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#[xX][0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, ref: string) => {
    if (ref.startsWith('#')) {
      const code =
        ref[1] === 'x' || ref[1] === 'X' ? Number.parseInt(ref.slice(2), 16) : Number(ref.slice(1));
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[ref] ?? whole;
  });
}

/** Splits a stored page into the text blocks that annotations point at by index, using only Node. */
export function pageBlocks(html: string): string[] {
  const source = html.replace(/<!--[\s\S]*?-->/g, '');
  const blocks: string[] = [];
  for (const match of source.matchAll(/<(h1|p)(?:\s[^>]*)?>([\s\S]*?)<\/\1\s*>/gi)) {
    const inner = (match[2] ?? '').replace(/<br\s*\/?>/gi, ' ').replace(/<[^>]*>/g, '');
    const text = decodeEntities(inner).replace(/\s+/g, ' ').trim();
    if (text !== '') blocks.push(text);
  }
  return blocks;
}

/** Finds where the `occurrence`-th copy (0-based, counting every substring match) of `text` starts, or -1. */
export function nthIndexOf(block: string, text: string, occurrence: number): number {
  let at = -1;
  for (let seen = 0; seen <= occurrence; seen++) {
    at = block.indexOf(text, at + 1);
    if (at < 0) return -1;
  }
  return at;
}
