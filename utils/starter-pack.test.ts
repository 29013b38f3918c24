import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validPack } from '@/tests/helpers/minimal-pack';
import type { Kind } from './model';
import { foldKey } from './normalize';
import type { Pack } from './pack';
import { parsePack } from './pack-parse';

const STARTER = readFileSync(resolve('public/starter-pack.json'), 'utf8');
const ARTICLE_PATH = '/work/shared/seed-article.txt';
const NOW = Date.UTC(2030, 0, 1);

function starter(): Pack {
  return validPack(STARTER, NOW);
}

const REQUIRED: [id: string, kind: Kind][] = [
  ...(['macron', 'starmer', 'guterres', 'kukula', 'albanese', 'david-laming'] as const).map(
    (id) => [id, 'person'] as [string, Kind],
  ),
  ...(['un', 'nato', 'eu', 'european-council', 'dutch-parliament'] as const).map(
    (id) => [id, 'organisation'] as [string, Kind],
  ),
  ...(
    ['france', 'uk', 'poland', 'netherlands', 'sweden', 'australia', 'russia', 'ukraine', 'us'] as const
  ).map((id) => [id, 'country'] as [string, Kind]),
  ['telegraph', 'media'],
  ['bloomberg', 'media'],
  ['times', 'media'],
  ['un-mission', 'mission'],
  ['european-troops', 'deployment'],
  ['coalition-of-the-willing', 'coalition'],
  ['air-sea-support', 'deployment'],
  ['us-security-guarantees', 'guarantee'],
  ['air-naval-peacekeeping', 'mission'],
  ['typhoon-jets', 'deployment'],
  ['dutch-resolution', 'resolution'],
];

/** Every text an author wrote in the pack: summaries, roles, caveats, fact texts and stance notes. */
function writtenTexts(pack: Pack): string[] {
  return [
    ...pack.entries.flatMap((entry) => [entry.summary, entry.role, entry.caveat]),
    ...pack.facts.map((fact) => fact.text),
    ...pack.stances.map((stance) => stance.note),
  ];
}

const words = (text: string) => foldKey(text).match(/[\p{L}\p{N}]+/gu) ?? [];

describe('starter pack', () => {
  it('is a valid pack whose stamps are given, so it parses the same at any time', () => {
    expect(parsePack(STARTER, NOW)).toEqual(parsePack(STARTER, NOW + 1));
    expect(JSON.stringify(starter())).toBe(JSON.stringify(JSON.parse(STARTER)));
  });

  it.each(REQUIRED)('has %s as a %s', (id, kind) => {
    expect(starter().entries.find((entry) => entry.id === id)?.kind).toBe(kind);
  });

  it('uses each alias and name for one entry only, compared as the store compares them', () => {
    const owners = new Map<string, string[]>();
    for (const entry of starter().entries) {
      const keys = new Set([entry.name, ...entry.aliases.map((alias) => alias.text)].map(foldKey));
      for (const key of keys) owners.set(key, [...(owners.get(key) ?? []), entry.id]);
    }
    expect(owners.size).toBeGreaterThan(100);
    expect([...owners].filter(([, ids]) => ids.length > 1)).toEqual([]);
  });

  it('gives every entry at least one alias that is highlighted without context', () => {
    const contextOnly = starter().entries.filter((entry) =>
      entry.aliases.every((alias) => alias.needsContext || alias.exclude),
    );
    expect(contextOnly.map((entry) => entry.id)).toEqual([]);
  });

  it('keeps acronyms case-sensitive', () => {
    const sensitive = new Set(
      starter().entries.flatMap((entry) => entry.aliases.filter((a) => a.caseSensitive).map((a) => a.text)),
    );
    for (const acronym of ['UN', 'EU', 'NATO', 'US', 'UK', 'USA']) expect(sensitive).toContain(acronym);
  });

  it.skipIf(!existsSync(ARTICLE_PATH))(
    'copies no run of eight words, hence no sentence, from the seed article',
    () => {
      const article = words(readFileSync(ARTICLE_PATH, 'utf8'));
      const runs = new Set(article.slice(0, -7).map((_, i) => article.slice(i, i + 8).join(' ')));
      expect(runs.size).toBeGreaterThan(100);
      const copied = writtenTexts(starter()).flatMap((text) => {
        const own = words(text);
        return own
          .slice(0, -7)
          .map((_, i) => own.slice(i, i + 8).join(' '))
          .filter((run) => runs.has(run));
      });
      expect(copied).toEqual([]);
    },
  );
});
