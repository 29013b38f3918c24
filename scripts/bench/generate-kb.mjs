import {
  CYRILLIC_FIRST,
  CYRILLIC_SURNAMES,
  FIRST_NAMES,
  ORG_KINDS,
  ORG_NOUNS,
  PLACES,
  PROPOSAL_NOUNS,
  ROLES,
  SURNAMES,
} from './name-pools.mjs';
import { seededRandom } from './seeded-random.mjs';

const OUTLETS = 'Herald Post Gazette Observer Courier Daily Radio Review Chronicle Tribune'.split(' ');
const PROPOSAL_KINDS = ['mission', 'deployment', 'coalition', 'guarantee', 'resolution'];

/**
 * @typedef {{ text: string, caseSensitive: boolean, needsContext: boolean }} Alias
 * @typedef {{ id: string, kind: string, name: string, aliases: Alias[] }} Entry What the bench reads of an entry:
 *   the page harness fills in the rest with blankEntry, as the store would.
 */

/** @returns {Alias} */
const alias = (text, needsContext = false, caseSensitive = false) => ({ text, caseSensitive, needsContext });

const CYRILLIC = Object.fromEntries(
  [...'abcdefghijklmnopqrstuvwxyz'].map((c, i) => [c, 'абцдефгхийклмнопкрстувввкыз'[i]]),
);

/** A rough letter-by-letter Cyrillic spelling of a Latin surname, as Russian and Ukrainian outlets write names. */
const toCyrillic = (word) =>
  [...word.normalize('NFD').replace(/\p{M}/gu, '')]
    .map((c) => {
      const mapped = CYRILLIC[c.toLowerCase()] ?? c;
      return c === c.toLowerCase() ? mapped : mapped.toUpperCase();
    })
    .join('');

/** Capital letters of the words, for an organisation's acronym. */
const acronymOf = (name) => name.replace(/[^\p{Lu}]/gu, '');

/** A person: Latin (some with diacritics) or Cyrillic, with surname, initial and role variants. */
function person(random, unique) {
  const cyrillic = random.chance(0.12);
  const firsts = cyrillic ? CYRILLIC_FIRST : FIRST_NAMES;
  const lasts = cyrillic ? CYRILLIC_SURNAMES : SURNAMES;
  const name = unique(
    `${random.pick(firsts)} ${random.pick(lasts)}`,
    () => `${random.pick(firsts)} ${random.pick(lasts)}-${random.pick(lasts)}`,
  );
  const first = name.slice(0, name.indexOf(' '));
  const surname = name.slice(first.length + 1);
  const aliases = [alias(surname, random.chance(0.6))];
  if (!cyrillic && random.chance(0.5)) aliases.push(alias(`${first[0]}. ${surname}`));
  if (!cyrillic && random.chance(0.25)) aliases.push(alias(toCyrillic(surname)));
  if (random.chance(0.5)) aliases.push(alias(`the ${random.pick(PLACES)} ${random.pick(ROLES)}`, true));
  return { kind: 'person', name, aliases };
}

/** An organisation or outlet: a place-noun-kind name, its case-sensitive acronym and a short needsContext form. */
function organisation(random, unique) {
  if (random.chance(0.15)) {
    const name = unique(
      `${random.pick(PLACES)} ${random.pick(OUTLETS)}`,
      () => `The ${random.pick(PLACES)} ${random.pick(OUTLETS)}`,
    );
    return { kind: 'media', name, aliases: [alias(name.replace(/^The /, ''), true)] };
  }
  const noun = random.pick(ORG_NOUNS);
  const kind = random.pick(ORG_KINDS);
  const name = unique(
    `${random.pick(PLACES)} ${noun} ${kind}`,
    () => `${kind} for ${noun} in ${random.pick(PLACES)}`,
  );
  const aliases = [alias(acronymOf(name), false, true)];
  if (random.chance(0.8)) aliases.push(alias(`the ${noun} ${kind}`, true));
  return { kind: 'organisation', name, aliases };
}

/** A proposal: a place-noun name with a lower-case descriptive alias and a needsContext short form. */
function proposal(random, unique) {
  const noun = random.pick(ORG_NOUNS);
  const head = random.pick(PROPOSAL_NOUNS);
  const name = unique(
    `${random.pick(PLACES)} ${noun} ${head}`,
    () => `${noun} ${head} for ${random.pick(PLACES)}`,
  );
  const aliases = [alias(`the ${name.split(' ')[0]} ${head.toLowerCase()}`)];
  if (random.chance(0.9)) aliases.push(alias(`the ${head.toLowerCase()}`, true));
  return { kind: random.pick(PROPOSAL_KINDS), name, aliases };
}

/** Retries for a fresh name before one is numbered: the pools run out past about 20,000 entries. */
const MAX_RETRIES = 50;

const ROMAN = [
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

/** `n` in Roman numerals (1 ≤ n < 90: a name is numbered a few times at most). */
const roman = (n) => {
  let left = n;
  let text = '';
  for (const [value, letters] of ROMAN) {
    for (; left >= value; left -= value) text += letters;
  }
  return text;
};

/** The first of `name II`, `name III`, … not yet taken: how a 50,000-entry base gets distinct names. */
function numbered(name, taken) {
  let n = 2;
  while (taken.has(`${name} ${roman(n)}`)) n++;
  return `${name} ${roman(n)}`;
}

/**
 * A deterministic knowledge base of `count` entries (~3 alias records each once names are added): the scale
 * the matcher must handle, with the shapes real entries have (multi-word names, diacritics, Cyrillic,
 * case-sensitive acronyms, ambiguous needsContext aliases shared by many entries).
 * @param {number} count
 * @param {number} [seed]
 * @returns {Entry[]}
 */
export function generateKb(count, seed = 20250321) {
  const random = seededRandom(seed);
  const taken = new Set();
  const unique = (name, retry) => {
    let candidate = name;
    for (let tries = 0; taken.has(candidate); tries++) {
      candidate = tries < MAX_RETRIES ? retry() : numbered(candidate, taken);
    }
    taken.add(candidate);
    return candidate;
  };
  return Array.from({ length: count }, (_, i) => {
    const roll = random.next();
    const made = (roll < 0.6 ? person : roll < 0.85 ? organisation : proposal)(random, unique);
    return { id: `gen-${i}`, ...made };
  });
}
