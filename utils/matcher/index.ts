export type { Hit, Matcher } from './compile-matcher';
export { compileMatcher, matcherSteps } from './compile-matcher';
export { isBlank, type Sieve } from './sieve';
