import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Where the surfaces' code and styles live. */
const ROOTS = ['components', 'entrypoints', 'utils'];
/**
 * The only files allowed to spell a colour: the tokens, and the manifest's highlight sheet, which is generated from
 * them and kept equal by utils/engine/highlight-styles.test.ts.
 */
const ALLOWED = new Set(['utils/design/tokens.ts', 'utils/engine/highlights.css']);

const NAMED =
  'white|black|red|green|blue|yellow|orange|purple|pink|brown|gray|grey|silver|gold|navy|teal|olive|maroon|lime|aqua|cyan|magenta|fuchsia|indigo|violet|beige|tan|coral|salmon|crimson|khaki';
const COLOUR_PATTERNS = [
  /#(?:[0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})(?![\w-])/gi,
  /\b(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch|color|color-mix)\(/gi,
  new RegExp(
    `\\b(?:color|background(?:-color)?|border(?:-[a-z]+)*|outline(?:-color)?|text-decoration(?:-color)?|fill|stroke|box-shadow|caret-color|accent-color)\\s*:[^;{}\`]*?\\b(?:${NAMED})\\b`,
    'gi',
  ),
];

/** Every colour literal in a text: hex, colour functions, and named colours given to a colour property. */
function rawColours(text: string): string[] {
  return COLOUR_PATTERNS.flatMap((pattern) => [...text.matchAll(pattern)].map((match) => match[0]));
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(?:css|ts|tsx|html)$/.test(entry.name) && !/\.test(?:-d)?\.tsx?$/.test(entry.name)
      ? [path]
      : [];
  });
}

describe('rawColours', () => {
  it('finds hex colours, colour functions and named colours in a declaration', () => {
    expect(rawColours('a { color: #fff; border: 1px solid rgb(0 0 0 / 0.2); background: white; }')).toEqual([
      '#fff',
      'rgb(',
      'background: white',
    ]);
    expect(rawColours("`.x { outline: 2px solid Navy; }` + '#1b1d21cc'")).toHaveLength(2);
  });

  it('lets tokens, system colours, id selectors and prose through', () => {
    const clean = `#boxes > div { background: var(--fl-actor-fill); color: MarkText; border-color: transparent; }
      #card { outline-color: currentColor; } // a white paper, a red line`;
    expect(rawColours(clean)).toEqual([]);
  });
});

describe('the surfaces', () => {
  it('spell no colour outside the design tokens', () => {
    const found = ROOTS.flatMap(sourceFiles)
      .filter((path) => !ALLOWED.has(path))
      .flatMap((path) => rawColours(readFileSync(path, 'utf8')).map((colour) => `${path}: ${colour}`));
    expect(found).toEqual([]);
  });
});
