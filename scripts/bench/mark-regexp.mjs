/** @typedef {{ text: string, caseSensitive: boolean }} AliasText */

const SPECIAL = /[.*+?^${}()|[\]\\/-]/;

/** One character as a regular-expression atom; a space becomes `\s+`, as mark.js merges blanks. */
const atom = (char) => (char === ' ' ? '\\s+' : SPECIAL.test(char) ? `\\${char}` : char);

/**
 * The alternation of a prefix tree: shared prefixes are written once, and an alias that ends where a longer one
 * goes on becomes an optional greedy group, so the longest alias at a position wins as in our matcher.
 * @param {Iterable<string>} words
 */
function trieSource(words) {
  /** @typedef {Map<string, Node>} Node */
  /** @type {Node} */
  const root = new Map();
  for (const word of words) {
    let node = root;
    for (const char of word) {
      let next = node.get(char);
      if (!next) {
        next = new Map();
        node.set(char, next);
      }
      node = next;
    }
    node.set('', new Map());
  }
  /** @param {Node} node @returns {string} */
  const emit = (node) => {
    const branches = [...node].filter(([char]) => char !== '').map(([char, next]) => atom(char) + emit(next));
    if (branches.length === 0) return '';
    if (branches.length === 1 && !node.has('')) return branches[0] ?? '';
    const body = `(?:${branches.join('|')})`;
    return node.has('') ? `${body}?` : body;
  };
  return emit(root);
}

/**
 * One regular expression for every alias, for mark.js's markRegExp: a naive alternation of 30,000 aliases
 * takes V8 minutes per megabyte, a prefix tree tens of milliseconds, so mark.js gets the tree. Case-insensitive
 * aliases are folded to lower case under the `i` flag; case-sensitive ones sit in a `(?-i:…)` group.
 * @param {readonly AliasText[]} aliases
 * @returns {{ source: string, flags: string }}
 */
export function markRegExpOf(aliases) {
  const folded = new Set();
  const exact = new Set();
  for (const { text, caseSensitive } of aliases) {
    const clean = text.trim().replace(/\s+/g, ' ');
    if (clean) (caseSensitive ? exact : folded).add(caseSensitive ? clean : clean.toLowerCase());
  }
  const parts = [];
  if (exact.size > 0) parts.push(`(?-i:${trieSource(exact)})`);
  if (folded.size > 0) parts.push(trieSource(folded));
  return { source: parts.join('|'), flags: 'gi' };
}

/**
 * The aliases the matcher gets from a knowledge base, as aliasRecordsOf makes them: each entry's aliases, plus
 * its name (in any case) unless an alias already spells it.
 * @param {readonly { name: string, aliases: readonly AliasText[] }[]} entries
 * @returns {AliasText[]}
 */
export function aliasTextsOf(entries) {
  return entries.flatMap((entry) => {
    const name = entry.name.toLowerCase();
    const spelled = entry.aliases.some((alias) => alias.text.toLowerCase() === name);
    return spelled ? entry.aliases : [{ text: entry.name, caseSensitive: false }, ...entry.aliases];
  });
}
