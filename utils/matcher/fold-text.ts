import { foldCodePoint, SPACE } from './fold-char';

/** A text folded for matching, with the original UTF-16 offset each folded unit came from. */
export interface FoldedText {
  units: Uint16Array;
  length: number;
  origin: Uint32Array;
}

const SPACE_UNIT = 32;
const MARK = /^\p{M}$/u;
/** Printable ASCII words (no backtick) separated by single spaces: text whose fold is at most a lower-casing. */
const PLAIN_ASCII = /^[\x21-\x5f\x61-\x7e]+(?: [\x21-\x5f\x61-\x7e]+)*$/;

function asciiTable(lower: boolean): Uint16Array {
  const table = new Uint16Array(128);
  for (let c = 0; c < 128; c++) {
    const upper = c >= 65 && c <= 90;
    table[c] =
      (c >= 9 && c <= 13) || c === SPACE_UNIT ? SPACE_UNIT : c === 96 ? 39 : lower && upper ? c + 32 : c;
  }
  return table;
}

const ASCII: [Uint16Array, Uint16Array] = [asciiTable(false), asciiTable(true)];

let scratchUnits = new Uint16Array(256);
let scratchOrigin = new Uint32Array(256);

/** Makes the scratch buffers hold at least `needed` units, keeping the first `kept`. */
function reserve(needed: number, kept: number): void {
  if (needed <= scratchUnits.length) return;
  const size = Math.max(needed, scratchUnits.length * 2);
  const units = new Uint16Array(size);
  const origin = new Uint32Array(size);
  units.set(scratchUnits.subarray(0, kept));
  origin.set(scratchOrigin.subarray(0, kept));
  scratchUnits = units;
  scratchOrigin = origin;
}

/**
 * Folds a whole text in one pass (ASCII by table, other characters by cached code point), collapsing whitespace
 * runs to one space and dropping leading whitespace (unless `afterSpace` is false: the text goes on from one that
 * ended in a word), so matches on the folded text map back to the original.
 * The result lives in buffers reused by the next call (pages have tens of thousands of blocks, and fresh
 * buffers per block were a third of the matcher's time): read it before folding again.
 */
export function foldText(text: string, lower: boolean, afterSpace = true): FoldedText {
  const ascii = ASCII[lower ? 1 : 0];
  reserve(text.length, 0);
  let units = scratchUnits;
  let origin = scratchOrigin;
  let n = 0;
  for (let i = 0; i < text.length; ) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      const f = ascii[c]!;
      if (f !== SPACE_UNIT || !afterSpace) {
        units[n] = f;
        origin[n++] = i;
      }
      afterSpace = f === SPACE_UNIT;
      i++;
      continue;
    }
    const cp = text.codePointAt(i)!;
    let folded = foldCodePoint(cp, lower);
    if (folded === SPACE) {
      if (afterSpace) folded = '';
      afterSpace = true;
    } else if (folded !== '') afterSpace = false;
    if (folded.length > 1) {
      reserve(n + folded.length + text.length - i, n);
      units = scratchUnits;
      origin = scratchOrigin;
    }
    for (let k = 0; k < folded.length; k++) {
      units[n] = folded.charCodeAt(k);
      origin[n++] = i;
    }
    i += cp > 0xffff ? 2 : 1;
  }
  return { units, length: n, origin };
}

/** End offset in the original text of the character starting at `start`, with the combining marks after it. */
export function originalEnd(text: string, start: number): number {
  let end = start + (text.codePointAt(start)! > 0xffff ? 2 : 1);
  while (end < text.length) {
    const cp = text.codePointAt(end)!;
    if (!MARK.test(String.fromCodePoint(cp))) break;
    end += cp > 0xffff ? 2 : 1;
  }
  return end;
}

/** The fold of a short text as a string without trailing space: how alias keys are built, without buffers. */
export function foldedString(text: string, lower: boolean): string {
  if (PLAIN_ASCII.test(text)) return lower ? text.toLowerCase() : text;
  const ascii = ASCII[lower ? 1 : 0];
  let out = '';
  let afterSpace = true;
  for (let i = 0; i < text.length; ) {
    const c = text.charCodeAt(i);
    const cp = c < 128 ? c : text.codePointAt(i)!;
    const folded = c < 128 ? String.fromCharCode(ascii[c]!) : foldCodePoint(cp, lower);
    if (folded !== SPACE || !afterSpace) out += folded;
    if (folded !== '') afterSpace = folded === SPACE;
    i += cp > 0xffff ? 2 : 1;
  }
  return afterSpace ? out.slice(0, -1) : out;
}
