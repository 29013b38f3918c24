import type { OriginLabel } from './installed-pack';
import type { SeenSummary } from './seen';

/** Kinds of actor: who can take a position on a proposal. */
export const ACTOR_KINDS = ['person', 'organisation', 'country', 'media'] as const;
/** Kinds of proposal: what actors take positions on. */
export const PROPOSAL_KINDS = ['mission', 'deployment', 'coalition', 'guarantee', 'resolution'] as const;
/** Every entry kind, actors first. */
export const KINDS = [...ACTOR_KINDS, ...PROPOSAL_KINDS] as const;
/**
 * How an entry bears on a page's topic: a `generic` entry (a country, a big organisation, an outlet) is named on
 * pages about anything and is highlighted only on pages about the knowledge base's topic; a `specific` one
 * (a negotiator, a proposal) marks the page as being about it.
 */
export const TOPICS = ['generic', 'specific'] as const;
/** Where an actor stands on a proposal, strongest commitment first. */
export const POSITIONS = ['proposes', 'supports', 'considers', 'opposes'] as const;

/** One entry kind, e.g. `person` or `mission`. */
export type Kind = (typeof KINDS)[number];
/** An entry's family: the popover and the highlight style differ per family. */
export type Family = 'actor' | 'proposal';
/** One topic class of an entry. */
export type Topic = (typeof TOPICS)[number];
/** One stance position. */
export type Position = (typeof POSITIONS)[number];

/** A way an entry is written in text, with the options the mention engine needs. */
export interface Alias {
  text: string;
  /** Match only as written (acronyms such as UN, EU). */
  caseSensitive: boolean;
  /** Highlight only when an unambiguous alias of the same entry is on the page. */
  needsContext: boolean;
  /**
   * Match but never highlight: the hit takes part in leftmost-longest selection and is then dropped, so a longer
   * phrase ("Air France") shields a shorter alias inside it ("France"). Absent means false.
   */
  exclude?: boolean;
}

/** A labelled http(s) link. */
export interface Link {
  url: string;
  title: string;
}

/** Where a fact or a stance comes from. */
export interface Source {
  outlet: string;
  url: string | null;
  title: string | null;
}

/** Bookkeeping shared by every stored record: the revision drives the optimistic write check. */
export interface Stamped {
  createdAt: number;
  updatedAt: number;
  rev: number;
}

/** An actor or a proposal. */
export interface Entry extends Stamped {
  id: string;
  kind: Kind;
  name: string;
  aliases: Alias[];
  role: string;
  /** Id of the entry this one belongs to (a minister's country, an outlet's owner), or null. */
  affiliation: string | null;
  summary: string;
  /** What the sources leave unsure about this entry (a garbled name, an unconfirmed report); empty when nothing. */
  caveat: string;
  links: Link[];
  tags: string[];
  /** Whether the entry is generic or specific to the topic; absent means by kind (see utils/mention-rules/entry-topic.ts). */
  topic?: Topic;
}

/** A dated event or statement about one or more entries. Dates are `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export interface Fact extends Stamped {
  id: string;
  date: string;
  text: string;
  entryIds: string[];
  source: Source;
}

/** Where an actor stands on a proposal, as of a date. */
export interface Stance extends Stamped {
  id: string;
  actorId: string;
  proposalId: string;
  position: Position;
  date: string | null;
  note: string;
  source: Source;
}

/**
 * An entry with nothing but its identity filled in, not yet stored (revision 0): where a new entry starts, in the
 * editor and in tests, so the list of empty fields lives in one place.
 */
export function blankEntry(id: string, kind: Kind, name: string): Entry {
  return {
    id,
    kind,
    name,
    aliases: [],
    role: '',
    affiliation: null,
    summary: '',
    caveat: '',
    links: [],
    tags: [],
    createdAt: 0,
    updatedAt: 0,
    rev: 0,
  };
}

/** Family of a kind. */
export function familyOf(kind: Kind): Family {
  return (ACTOR_KINDS as readonly string[]).includes(kind) ? 'actor' : 'proposal';
}

/** Everything a popover shows for one entry, assembled by the background in one read so the page needs no further lookups. */
export interface Card {
  entry: Entry;
  affiliation: { id: string; name: string } | null;
  /** For an actor: its stances with the proposal's name; for a proposal: the actors' stances with their names. */
  stances: { stance: Stance; otherId: string; otherName: string }[];
  /** Facts about the entry, latest first. */
  facts: Fact[];
  /** Which packs the entry came from (none: the reader's own), by title, and whether the reader edited it. */
  origin: OriginLabel;
  /** How many pages the mention log holds for the entry, and the latest few. */
  seen: SeenSummary;
}

/** One alias prepared for the matcher: enough to compile the automaton and resolve a hit to its entry. */
export interface AliasRecord {
  entryId: string;
  family: Family;
  /** Whether the entry is named on pages about anything (utils/mention-rules/entry-topic.ts), so the gate holds it. */
  generic: boolean;
  alias: Alias;
}
