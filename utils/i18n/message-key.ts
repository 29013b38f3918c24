import type english from '@/public/_locales/en/messages.json';

/** Every message name, read from the English file (the default locale), so a mistyped key fails `tsc`. */
export type MessageKey = keyof typeof english;

/**
 * The plural messages by their stem: `entries` stands for `entries_one`, `entries_other` and, in the languages that
 * have them, `entries_few` and `entries_many` (the CLDR categories `Intl.PluralRules` picks from).
 */
export type PluralKey = {
  [K in MessageKey]: K extends `${infer Stem}_other` ? Stem : never;
}[MessageKey];
