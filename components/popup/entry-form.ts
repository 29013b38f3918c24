import {
  type Alias,
  type Entry,
  type Fact,
  familyOf,
  type Kind,
  type Link,
  type Position,
  type Stance,
  type Topic,
} from '@/utils/model';

/** An alias row; `key` keeps the row's DOM (and focus) stable when rows above it are removed. */
export interface AliasForm extends Alias {
  key: string;
}

/** A link row. */
export interface LinkForm extends Link {
  key: string;
}

/** A fact as the editor holds it: plain strings, `id` null until the store has it. */
export interface FactForm {
  key: string;
  id: string | null;
  date: string;
  text: string;
  outlet: string;
  url: string;
}

/** A stance seen from the edited entry: `otherId` is the proposal for an actor, the actor for a proposal. */
export interface StanceForm {
  key: string;
  id: string | null;
  position: Position;
  otherId: string;
  date: string;
  note: string;
  outlet: string;
  url: string;
}

/** Everything the editor edits, as typed: strings stay raw until saved so validation sees what the reader sees. */
export interface EntryForm {
  name: string;
  /** '' until the reader picks one for a new entry. */
  kind: Kind | '';
  /** '' leaves it to the kind (the entry is saved without a topic). */
  topic: Topic | '';
  aliases: AliasForm[];
  role: string;
  /** An entry id, or '' for none. */
  affiliation: string;
  summary: string;
  caveat: string;
  links: LinkForm[];
  /** Comma-separated. */
  tags: string;
  facts: FactForm[];
  stances: StanceForm[];
}

/** The records an editor session started from: what a draft is built on top of. */
export interface EditorSource {
  entry: Entry | null;
  facts: readonly Fact[];
  stances: readonly Stance[];
}

let rowCount = 0;
/** A key for a row that has no id yet. */
function rowKey(): string {
  rowCount += 1;
  return `row-${rowCount}`;
}

/** An empty alias row with the options most aliases need. */
export function blankAlias(): AliasForm {
  return { key: rowKey(), text: '', caseSensitive: false, needsContext: false };
}

/** An empty link row. */
export function blankLink(): LinkForm {
  return { key: rowKey(), title: '', url: '' };
}

/** An empty fact row. */
export function blankFact(): FactForm {
  return { key: rowKey(), id: null, date: '', text: '', outlet: '', url: '' };
}

/** An empty stance row. */
export function blankStance(): StanceForm {
  return {
    key: rowKey(),
    id: null,
    position: 'supports',
    otherId: '',
    date: '',
    note: '',
    outlet: '',
    url: '',
  };
}

/** The form for an existing entry, or an empty one for a new entry. */
export function formFromRecords({ entry, facts, stances }: EditorSource): EntryForm {
  const isActor = entry !== null && familyOf(entry.kind) === 'actor';
  return {
    name: entry?.name ?? '',
    kind: entry?.kind ?? '',
    topic: entry?.topic ?? '',
    aliases: (entry?.aliases ?? []).map((alias) => ({ ...alias, key: rowKey() })),
    role: entry?.role ?? '',
    affiliation: entry?.affiliation ?? '',
    summary: entry?.summary ?? '',
    caveat: entry?.caveat ?? '',
    links: (entry?.links ?? []).map((link) => ({ ...link, key: rowKey() })),
    tags: (entry?.tags ?? []).join(', '),
    facts: facts.map((fact) => ({
      key: fact.id,
      id: fact.id,
      date: fact.date,
      text: fact.text,
      outlet: fact.source.outlet,
      url: fact.source.url ?? '',
    })),
    stances: stances.map((stance) => ({
      key: stance.id,
      id: stance.id,
      position: stance.position,
      otherId: isActor ? stance.proposalId : stance.actorId,
      date: stance.date ?? '',
      note: stance.note,
      outlet: stance.source.outlet,
      url: stance.source.url ?? '',
    })),
  };
}

/** A copy of `list` with the item at `index` merged with `patch`, for the editor's row inputs. */
export function updateAt<T>(list: readonly T[], index: number, patch: Partial<T>): T[] {
  return list.map((item, at) => (at === index ? { ...item, ...patch } : item));
}

/** A copy of `list` without the item at `index`. */
export function removeAt<T>(list: readonly T[], index: number): T[] {
  return list.filter((_, at) => at !== index);
}
