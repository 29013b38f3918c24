const RULES = new Map<string, Intl.PluralRules>();

/**
 * The CLDR plural category of a count in a language ('one', 'few', 'many', 'other'…): English has two forms,
 * French three, Ukrainian four, so "1 entry / N entries" cannot be a yes-or-no on `count === 1`.
 */
export function pluralCategory(lang: string, count: number): Intl.LDMLPluralRule {
  let rules = RULES.get(lang);
  if (!rules) {
    rules = new Intl.PluralRules(lang);
    RULES.set(lang, rules);
  }
  return rules.select(count);
}
