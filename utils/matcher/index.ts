export type { Hit, Matcher } from './compile-matcher';
export { compileMatcher } from './compile-matcher';
export { confirmedEntries } from './confirmed-entries';
