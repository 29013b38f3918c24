import type { Catalog } from './fake-i18n';

const PLURAL = /^(.+)_(zero|one|two|few|many|other)$/;

/** A message's stem: `entries` for `entries_few`, itself for a message without plural forms. */
function stem(key: string): string {
  return PLURAL.exec(key)?.[1] ?? key;
}

function plurals(catalog: Catalog): Set<string> {
  return new Set(Object.keys(catalog).flatMap((key) => (key.endsWith('_other') ? [stem(key)] : [])));
}

/**
 * What a translation lacks or has too many of, against English: every plain key, and every plural stem with
 * exactly the CLDR categories the language uses (French one/many/other, Ukrainian one/few/many/other).
 */
export function keyProblems(english: Catalog, other: Catalog, lang: string): string[] {
  const stems = plurals(english);
  const plain = (catalog: Catalog) => Object.keys(catalog).filter((key) => !stems.has(stem(key)));
  const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
  const wanted = new Set([
    ...plain(english),
    ...[...stems].flatMap((s) => categories.map((c) => `${s}_${c}`)),
  ]);
  const have = new Set(Object.keys(other));
  return [
    ...[...wanted].filter((key) => !have.has(key)).map((key) => `missing ${key}`),
    ...[...have].filter((key) => !wanted.has(key)).map((key) => `unexpected ${key}`),
  ];
}

/** A message's placeholders as `name=content`, sorted, and the names its text uses, for comparing languages. */
function placeholderShape(entry: Catalog[string]): { declared: string[]; used: string[] } {
  const declared = Object.entries(entry.placeholders ?? {}).map(
    ([name, { content }]) => `${name}=${content}`,
  );
  const used = [...entry.message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => m[1]!.toLowerCase());
  return { declared: declared.sort(), used: [...new Set(used)].sort() };
}

/**
 * Messages whose placeholders differ from English, or whose text uses a placeholder it does not declare or declares
 * one it never uses. A plural form is held to English's `_other`, and may leave out what it does not need (English
 * "Fix the marked field" for one), while `_other` itself must match.
 */
export function placeholderProblems(english: Catalog, other: Catalog): string[] {
  const stems = plurals(english);
  return Object.entries(other).flatMap(([key, entry]) => {
    const plural = stems.has(stem(key));
    const reference = plural ? english[`${stem(key)}_other`] : english[key];
    if (!reference) return [];
    const mine = placeholderShape(entry);
    const theirs = placeholderShape(reference);
    const names = mine.declared.map((pair) => pair.split('=')[0]!).sort();
    const fits =
      plural && !key.endsWith('_other')
        ? mine.declared.every((pair) => theirs.declared.includes(pair))
        : mine.declared.join() === theirs.declared.join();
    if (!fits) return [`${key}: placeholders differ from English`];
    if (names.join() !== mine.used.join()) return [`${key}: uses ${mine.used} but declares ${names}`];
    return [];
  });
}

/** Messages a translation leaves word for word as in English, other than the allowed ones (names, acronyms). */
export function untranslated(english: Catalog, other: Catalog, allowed: readonly string[]): string[] {
  return Object.entries(other)
    .filter(([key, entry]) => english[key]?.message === entry.message && !allowed.includes(key))
    .map(([key]) => key);
}
