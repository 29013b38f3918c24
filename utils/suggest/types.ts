/** Where a block of a page's main text stands: prominence weighs a name found there. */
export type BlockRole = 'headline' | 'lead' | 'body';

/** One block of a page's main text (a headline, a paragraph), as the page script reads it. */
export interface TextBlock {
  role: BlockRole;
  text: string;
}

/** A page's main text as the popup asks for it: what suggestions are computed from and what a new entry cites. */
export interface PageText {
  title: string;
  url: string;
  blocks: TextBlock[];
}

/** A stretch of a block that a known entry's alias covers, so no suggestion is made from it. */
export interface Span {
  start: number;
  end: number;
}

/** One capitalised name found in a block, titles and openers already cut off. */
export interface Occurrence {
  /** The name as written on the page ("Vladimir Medinsky", "Sir Keir"). */
  form: string;
  /** Its words, in order, possessives dropped. */
  words: string[];
  block: number;
  role: BlockRole;
  /** It opens a sentence, where any word is capitalised: alone it proves nothing. */
  initial: boolean;
  /** A title stood before it ("President", "Admiral"): a person. */
  titled: boolean;
}

/** What the NLP library says of a word or phrase: the kinds of name it recognises, or that it is an ordinary word. */
export type NameTag = 'person' | 'organisation' | 'place' | 'common' | null;

/** The kind a suggestion is guessed to be, shown beside it and prefilled in the editor. */
export type GuessedKind = 'person' | 'organisation' | 'media' | 'place' | 'name';

/** A name the page mentions that the knowledge base lacks, with what the reader needs to add it. */
export interface Suggestion {
  /** The fold key that groups its forms: what a dismissal remembers. */
  key: string;
  name: string;
  forms: string[];
  count: number;
  score: number;
  kind: GuessedKind;
  /** A known entry this looks like another form of ("Zelenskyy" for "Zelensky"), or null. */
  aliasOf: { id: string; name: string } | null;
}
