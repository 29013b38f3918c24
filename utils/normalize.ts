/**
 * Folds text to the key used to index and compare aliases: lower case, no diacritics, one kind of apostrophe,
 * single spaces. Shared by the store's alias index and the matcher so both agree on what "the same alias" is.
 */
export function foldKey(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, '')
    .replace(/[\u2018\u2019\u02bc\u2032`]/g, "'")
    .replace(/[\s\u00a0]+/g, ' ')
    .trim()
    .toLowerCase();
}
