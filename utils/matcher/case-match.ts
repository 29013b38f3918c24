import { foldCaseKey } from '../normalize';

/** Whether text[from, to) is printable ASCII other than a backtick: what a case-kept fold leaves unchanged. */
function foldsToItself(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c < 33 || c > 126 || c === 96) return false;
  }
  return true;
}

/**
 * Whether a span of the page, folded keeping case, is a case-sensitive alias's key. Most spans the automaton
 * offers are plain ASCII words ("and" against the acronym "AND" reached 21,000 times on the 5 MB bench page),
 * so those are compared in place; only others are sliced and folded.
 */
export function spanHasCase(text: string, from: number, to: number, caseKey: string): boolean {
  if (foldsToItself(text, from, to)) return to - from === caseKey.length && text.startsWith(caseKey, from);
  return foldCaseKey(text.slice(from, to)) === caseKey;
}
