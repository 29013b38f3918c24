/** Compares names the way readers expect (accents and case folded, numbers in order), shared so lists agree. */
export const byName = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true }).compare;
