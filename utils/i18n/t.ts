import { browser } from 'wxt/browser';
import type { MessageKey, PluralKey } from './message-key';
import { pluralCategory } from './plural';

/** A value put into a message: numbers are written the reader's way ("1,234", "1 234"). */
export type Substitution = string | number;

/**
 * The reader's locale (the browser's UI language, "en-GB", "fr-FR", "uk"), for dates and numbers: `Intl` takes it
 * as is, and it can differ from the language of the messages when Fact Linker is not translated into it.
 */
export function uiLocale(): string {
  return browser.i18n.getUILanguage();
}

/** Writes a number the reader's way. */
export function formatNumber(value: number): string {
  return new Intl.NumberFormat(uiLocale()).format(value);
}

/** The language the messages are actually in ("en", "fr", "uk"), for `lang` attributes and plural rules. */
export function messageLanguage(): string {
  return getMessage('lang', []) || 'en';
}

/**
 * `getMessage` for any name: plural forms are composed at run time, and WXT's generated overloads only know the
 * names of the catalog it saw at its last `prepare`.
 */
const getMessage = (key: string, substitutions: string[]): string =>
  (browser.i18n.getMessage as (name: string, substitutions?: string[]) => string)(key, substitutions);

function lookUp(key: string, substitutions: readonly Substitution[]): string {
  return getMessage(
    key,
    substitutions.map((value) => (typeof value === 'number' ? formatNumber(value) : value)),
  );
}

/**
 * A user-facing string in the reader's language, from `_locales/<lang>/messages.json` through the browser's own
 * i18n (English where a language lacks it); substitutions fill the message's placeholders in order. A key no file
 * has shows as itself, so a mistake is visible rather than blank.
 */
export function t(key: MessageKey, ...substitutions: Substitution[]): string {
  return lookUp(key, substitutions) || key;
}

/**
 * A counted message in the right plural form of the messages' language (`entries_one`, `_few`, `_many`, `_other`),
 * with the count as its first placeholder and any further substitutions after it.
 */
export function tn(key: PluralKey, count: number, ...substitutions: Substitution[]): string {
  const values = [count, ...substitutions];
  const form = lookUp(`${key}_${pluralCategory(messageLanguage(), count)}`, values);
  return form || lookUp(`${key}_other`, values) || key;
}

/**
 * A message that wraps markup (a link, a `<time>`), cut at its placeholders so the view can put an element there
 * in whatever order the language wants: strings are text, numbers the index of the slot that goes there.
 */
export function tSlots(key: MessageKey, slots: number): Array<string | number> {
  const markers = Array.from({ length: slots }, (_, index) => `\uE000${index}\uE000`);
  const message = getMessage(key, markers) || key;
  return message
    .split(/\uE000(\d)\uE000/)
    .map((part, index) => (index % 2 === 1 ? Number(part) : part))
    .filter((part) => part !== '');
}
