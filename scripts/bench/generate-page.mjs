import { FIRST_NAMES, PROSE, SURNAMES } from './name-pools.mjs';
import { seededRandom } from './seeded-random.mjs';

const STYLE = 'body{font:16px/1.5 serif;max-width:60em;margin:auto}aside{font-size:.9em}td{padding:0 .5em}';

/**
 * Writes news-page HTML of about `bytes` bytes: articles with headlines, bylines, paragraphs, quotes, lists,
 * tables and sidebars, mentions sprinkled in (some inside links or emphasis, some split across inline elements
 * as real markup splits names), so the scan meets the inline and nesting shapes of real pages at a size no
 * saved page reaches.
 * @param {{ mentions: readonly string[], bytes: number, seed?: number }} options
 */
export function generateNewsPage({ mentions, bytes, seed = 5_000_000 }) {
  const random = seededRandom(seed);

  const mention = () => {
    const text = random.pick(mentions);
    const roll = random.next();
    if (roll < 0.15) return `<a href="#m">${text}</a>`;
    if (roll < 0.25) return `<b>${text}</b>`;
    const space = text.indexOf(' ');
    if (roll < 0.35 && space > 0) return `<em>${text.slice(0, space)}</em>${text.slice(space)}`;
    return text;
  };

  const sentence = () => {
    const words = Array.from({ length: random.int(8, 24) }, () => random.pick(PROSE));
    if (random.chance(0.45)) words.splice(random.int(0, words.length), 0, mention());
    if (random.chance(0.1))
      words.splice(random.int(0, words.length), 0, `<span class="n"><i>${random.pick(PROSE)}</i></span>`);
    const text = words.join(' ');
    return `${text[0]?.toUpperCase()}${text.slice(1)}.`;
  };

  const paragraph = (min, max) => Array.from({ length: random.int(min, max) }, sentence).join(' ');
  const byline = () => `By <a href="#a">${random.pick(FIRST_NAMES)} ${random.pick(SURNAMES)}</a>`;

  const extra = () => {
    const roll = random.next();
    if (roll < 0.25) return `<blockquote><p>“${paragraph(1, 2)}”</p></blockquote>`;
    if (roll < 0.45)
      return `<ul>${Array.from({ length: random.int(3, 6) }, () => `<li>${sentence()}</li>`).join('')}</ul>`;
    if (roll < 0.6) {
      const row = () => `<tr><td>${mention()}</td><td>${random.int(1, 999)}</td><td>${sentence()}</td></tr>`;
      return `<table><tbody>${Array.from({ length: random.int(3, 8) }, row).join('')}</tbody></table>`;
    }
    if (roll < 0.75) return `<figure><div class="img"></div><figcaption>${sentence()}</figcaption></figure>`;
    return `<div class="box"><div><h4>${sentence()}</h4><p>${paragraph(1, 3)}</p></div></div>`;
  };

  const article = (n) => {
    const body = Array.from({ length: random.int(4, 10) }, () =>
      random.chance(0.2) ? extra() : `<p>${paragraph(2, 7)}</p>`,
    );
    return (
      `<article id="a${n}"><header><h2>${sentence()}</h2><p class="byline">${byline()}</p></header>` +
      `<section>${body.join('')}</section></article>` +
      (n % 5 === 4 ? `<aside><div><div><h3>Related</h3><p>${paragraph(1, 2)}</p></div></div></aside>` : '')
    );
  };

  const nav = `<nav><ul>${PROSE.slice(0, 12)
    .map((word) => `<li><a href="#${word}">${word}</a></li>`)
    .join('')}</ul></nav>`;
  const parts = [
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Generated news page</title>`,
    `<style>${STYLE}</style></head><body><header><h1>The Generated Times</h1>${nav}</header><main>`,
  ];
  let size = parts.join('').length;
  for (let n = 0; size < bytes; n++) {
    const html = article(n);
    parts.push(html);
    size += Buffer.byteLength(html);
  }
  parts.push(`</main><footer><p>${paragraph(2, 3)}</p></footer></body></html>`);
  return parts.join('');
}
