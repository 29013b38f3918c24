/**
 * Offices held by one person at a time, as English news writes them after a country or body: "the Ukrainian
 * leader", "the Kremlin spokesperson", "the US president".
 */
const OFFICE =
  /^\s+(?:president|leader|prime minister|premier|chancellor|foreign minister|defen[cs]e (?:minister|secretary)|foreign secretary|secretary of state|secretary[- ]general|spokes(?:person|man|woman)|negotiator|envoy|ambassador|chief|king|queen)(?![\p{L}\p{N}])/iu;
/** A capitalised word: the officeholder's name standing next to the title. */
const NAME = /^\s+\p{Lu}\p{Ll}/u;

/**
 * Whether a hit is the country or body word of a role description that names a person without naming them ("the
 * Ukrainian leader said", "the US president and…"): the words mean the officeholder, not the state, so the country
 * is not mentioned (docs/realtext-annotation.md, People). With the name next to the title ("US President Donald
 * Trump", "Kremlin spokesman Dmitry Peskov") the country word is a mention of its own and stays.
 */
export function inRoleDescription(text: string, end: number): boolean {
  const office = OFFICE.exec(text.slice(end, end + 40));
  return office !== null && !NAME.test(text.slice(end + office[0].length, end + office[0].length + 4));
}
