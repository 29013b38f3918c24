// @vitest-environment node
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nthIndexOf, type PageAnnotations, pageBlocks } from './page-text';

const ROOT = resolve(__dirname, '../..');
const REALTEXT = resolve(__dirname, '../../../shared/realtext');
const AVAILABLE = existsSync(REALTEXT);

const FILES = [
  ...Array.from({ length: 20 }, (_, i) => `on-${String(i + 1).padStart(2, '0')}.html`),
  ...Array.from({ length: 10 }, (_, i) => `off-${String(i + 1).padStart(2, '0')}.html`),
];
const MISSING_KINDS = new Set(['person', 'organisation', 'country', 'media', 'plan', 'declaration']);
// Long enough that a shared run of words means copied text, not a common phrase or a mention.
const SHINGLE_WORDS = 10;
const SKIPPED_DIRS = new Set(['node_modules', '.git', '.output', '.wxt', 'tmp']);
const TEXT_FILE = /\.(ts|tsx|js|mjs|cjs|json|md|html|txt|css|csv|yml|yaml)$/;

const annotations = JSON.parse(
  readFileSync(resolve(__dirname, 'annotations.json'), 'utf8'),
) as PageAnnotations[];
const packIds = new Set(
  (
    JSON.parse(readFileSync(resolve(ROOT, 'public/starter-pack.json'), 'utf8')) as {
      entries: { id: string }[];
    }
  ).entries.map((entry) => entry.id),
);

function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

function shingles(text: string): string[] {
  const list = words(text);
  const out: string[] = [];
  for (let i = 0; i + SHINGLE_WORDS <= list.length; i++) out.push(list.slice(i, i + SHINGLE_WORDS).join(' '));
  return out;
}

function repoTextFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    if (SKIPPED_DIRS.has(name)) continue;
    const path = join(dir, name);
    const stat = statSync(path);
    if (stat.isDirectory()) out.push(...repoTextFiles(path));
    else if (TEXT_FILE.test(name) && stat.size < 5_000_000) out.push(path);
  }
  return out;
}

describe('real-text annotations: file shape', () => {
  it('annotates each of the 30 pages exactly once, in order, with the topic its name gives', () => {
    expect(annotations.map((page) => page.file)).toEqual(FILES);
    for (const page of annotations) expect(page.topic).toBe(page.file.startsWith('on-') ? 'on' : 'off');
  });

  it('points only at starter-pack ids, and proposes missing ids the pack does not have', () => {
    for (const page of annotations) {
      for (const mention of page.mentions)
        expect(packIds, `${page.file}: ${mention.entry}`).toContain(mention.entry);
      for (const missing of page.missing) {
        expect(packIds, `${page.file}: ${missing.id}`).not.toContain(missing.id);
        expect(missing.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
        expect(MISSING_KINDS, `${page.file}: ${missing.kind}`).toContain(missing.kind);
      }
    }
  });

  it('gives every proposed id a single kind', () => {
    const kinds = new Map<string, string>();
    for (const page of annotations) {
      for (const missing of page.missing) {
        expect(kinds.get(missing.id) ?? missing.kind, missing.id).toBe(missing.kind);
        kinds.set(missing.id, missing.kind);
      }
    }
  });

  it('stores only short mention strings', () => {
    for (const page of annotations) {
      for (const item of [...page.mentions, ...page.missing]) {
        expect(item.text.length, `${page.file}: ${item.text}`).toBeLessThanOrEqual(40);
        expect(words(item.text).length, `${page.file}: ${item.text}`).toBeLessThanOrEqual(6);
        expect(item.text).toBe(item.text.trim());
      }
    }
  });
});

describe.skipIf(!AVAILABLE)(
  `real-text annotations against the pages${AVAILABLE ? '' : ' (skipped: ../shared/realtext is not present)'}`,
  () => {
    const pages = new Map(
      FILES.map((file) => [file, pageBlocks(readFileSync(join(REALTEXT, file), 'utf8'))] as const),
    );

    it('has every page of the shared set, and no other', () => {
      const onDisk = readdirSync(REALTEXT)
        .filter((name) => name.endsWith('.html'))
        .sort();
      expect(onDisk).toEqual([...FILES].sort());
      for (const blocks of pages.values()) expect(blocks.length).toBeGreaterThan(0);
    });

    it('finds each annotated text at its block and occurrence, with no two annotations overlapping', () => {
      for (const page of annotations) {
        const blocks = pages.get(page.file)!;
        const taken = new Map<number, [number, number, string][]>();
        for (const item of [...page.mentions, ...page.missing]) {
          const label = `${page.file} block ${item.block}: "${item.text}" #${item.occurrence}`;
          const block = blocks[item.block];
          expect(block, label).toBeDefined();
          const start = nthIndexOf(block ?? '', item.text, item.occurrence);
          expect(start, label).toBeGreaterThanOrEqual(0);
          const end = start + item.text.length;
          const spans = taken.get(item.block) ?? [];
          for (const [from, to, other] of spans)
            expect(start < to && from < end, `${label} overlaps "${other}"`).toBe(false);
          spans.push([start, end, item.text]);
          taken.set(item.block, spans);
        }
      }
    });

    it('keeps no page text in the repository', () => {
      const pageShingles = new Set<string>();
      for (const blocks of pages.values())
        for (const block of blocks) for (const s of shingles(block)) pageShingles.add(s);
      const copied: string[] = [];
      for (const path of repoTextFiles(ROOT)) {
        // An address is a citation, not copied text, though its slug may spell a headline.
        for (const s of shingles(readFileSync(path, 'utf8').replace(/https?:\/\/\S+/g, ' '))) {
          if (pageShingles.has(s)) {
            copied.push(`${relative(ROOT, path)}: "${s}"`);
            break;
          }
        }
      }
      expect(copied).toEqual([]);
    });
  },
);
