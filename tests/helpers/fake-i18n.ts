import { fakeBrowser } from 'wxt/testing/fake-browser';
import english from '@/public/_locales/en/messages.json';
import french from '@/public/_locales/fr/messages.json';
import ukrainian from '@/public/_locales/uk/messages.json';

/** One `_locales/<lang>/messages.json` as the browsers read it. */
export type Catalog = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

/** The shipped catalogs, by language. */
export const CATALOGS: Record<'en' | 'fr' | 'uk', Catalog> = { en: english, fr: french, uk: ukrainian };

/**
 * `getMessage` as Chromium and Firefox implement it: the message of the language, else of the default locale
 * (English), else ''; named placeholders (`$COUNT$`, any case) become their content, then `$1`…`$9` the
 * substitutions (a missing one becomes '') and `$$` a dollar sign.
 */
export function getMessage(
  lang: keyof typeof CATALOGS,
  key: string,
  substitutions?: string | (string | number)[],
): string {
  const entry = CATALOGS[lang][key] ?? CATALOGS.en[key];
  if (!entry) return '';
  const values = substitutions === undefined ? [] : [substitutions].flat().map(String);
  const placeholders = new Map(
    Object.entries(entry.placeholders ?? {}).map(([name, { content }]) => [name.toLowerCase(), content]),
  );
  return entry.message
    .replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => placeholders.get(name.toLowerCase()) ?? whole)
    .replace(/\$(?:([1-9])|\$)/g, (_whole, index?: string) =>
      index ? (values[Number(index) - 1] ?? '') : '$',
    );
}

/**
 * Makes the fake browser speak a language (happy-dom and the fake browser have no i18n): the messages from the
 * shipped catalog and a UI locale for dates and numbers. English with "en-GB" is the default set by tests/setup.ts.
 */
export function useLocale(lang: keyof typeof CATALOGS, uiLanguage: string = lang): void {
  fakeBrowser.i18n.getMessage = (key: string, substitutions?: string | (string | number)[]) =>
    getMessage(lang, key, substitutions);
  fakeBrowser.i18n.getUILanguage = () => uiLanguage;
}
