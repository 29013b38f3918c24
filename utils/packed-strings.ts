/**
 * Strings packed into one, with where each starts: string i is `joined` from `starts[i]` to `starts[i + 1]`. A page
 * keeps thousands of short strings of a large knowledge base this way (case keys, generic ids), where each string of
 * its own cost a header and a pointer more than its characters.
 */
export interface PackedStrings {
  starts: Int32Array;
  joined: string;
}

/** Packs a list of strings, in order. */
export function packStrings(strings: readonly string[]): PackedStrings {
  const starts = new Int32Array(strings.length + 1);
  strings.forEach((text, i) => {
    starts[i + 1] = starts[i]! + text.length;
  });
  return { starts, joined: strings.join('') };
}
