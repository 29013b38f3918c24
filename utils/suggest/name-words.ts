/**
 * The word lists the suggestion rules use where the NLP library is weak: titles before names, words that are
 * capitalised without naming anything (weekdays, months, sentence openers), the agencies whose name in a byline is
 * no suggestion, and the head words that make a capitalised phrase an organisation. All are lower case.
 */

const set = (words: string) => new Set(words.split(/\s+/).filter(Boolean));

/** Offices and honorifics that stand before a name ("President", "Prime Minister", "Sir") and are not part of it. */
export const TITLE_WORDS = set(`
  president vice prime minister secretary chancellor premier ambassador envoy spokesperson spokesman spokeswoman
  senator sen rep congressman congresswoman governor mayor admiral colonel col commander gen lt chairman chairwoman
  king queen prince princess pope mr mrs ms dr prof professor sir dame lord lady adviser advisor negotiator leader
  speaker judge justice archbishop bishop patriarch sheikh emir crown deputy foreign defence defense general
  special presidential pm mp mps
`);

/** Titles that only qualify the office after them ("Foreign Minister", "Special Envoy", "Deputy Prime Minister"). */
export const QUALIFIERS = set('vice prime foreign defence defense deputy crown special presidential general');

/** What an office is of ("Secretary of State", "Minister of Foreign Affairs"): skipped to reach the name after it. */
export const OFFICE_DOMAINS = set(`
  state foreign affairs defence defense interior finance justice health economy trade energy home internal
  external war treasury commerce education culture security the
`);

/** Honorifics that British copy keeps before a first name alone ("Sir Keir"): the pair is then the form seen. */
export const HONORIFICS = set('sir dame lord lady');

/** Lower-case words that may join capitalised words into one name ("Coalition of the Willing", "Bild am Sonntag"). */
export const CONNECTORS = set('of the for and de du des la le von van der den al am di da del bin y');

/** Capitalised words that name nothing: days, months, sentence openers, pronouns, and words of headings. */
export const NOT_NAMES = set(`
  monday tuesday wednesday thursday friday saturday sunday
  january february march april may june july august september october november december
  the a an in on at but and or however this that these those it its he she they we i you his her their our my your
  there here when while after before as if so yet also for with without from to by of not no yes what who why how
  where which whose speaking according meanwhile earlier later last next first second third today tomorrow
  yesterday some many most all both each every any other another such than then now still even only just
  read more update updated live watch photo video breaking exclusive analysis opinion comment editorial
  western eastern northern southern european
`);

/** News agencies, whose name in a byline or a dateline ("KYIV (Reuters) -") is a credit, not a mention. */
export const AGENCIES = set(`
  reuters ap afp pa dpa bloomberg xinhua tass interfax ani pti efe ansa unian ukrinform anadolu kyodo yonhap
  ria novosti
`);

/** Last words that make a capitalised phrase an organisation ("Security Council", "Foreign Ministry"). */
export const ORGANISATION_HEADS = set(`
  council committee ministry department agency party union organisation organization office commission
  assembly parliament congress senate court bank fund forces force army navy service services institute
  university association federation alliance group corporation company bureau directorate administration
  government cabinet duma rada kremlin
`);

/** Last words that make a capitalised phrase an outlet ("The Moscow Times", "Wall Street Journal"). */
export const MEDIA_HEADS = set(
  'news times post journal press herald tribune telegraph guardian gazette radio tv',
);
