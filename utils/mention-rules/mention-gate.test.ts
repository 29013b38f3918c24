import { describe, expect, it } from 'vitest';
import { namedMatcher, namedVerdict } from '@/tests/helpers/named-matcher';
import type { AliasRecord } from '@/utils/model';
import { type GateSetup, MentionGate } from './mention-gate';
import type { TopicVerdict } from './page-topic';

function alias(
  entryId: string,
  text: string,
  options: { caseSensitive?: boolean; needsContext?: boolean } = {},
) {
  const { caseSensitive = false, needsContext = false } = options;
  const generic = GENERIC.has(entryId);
  return {
    entryId,
    family: 'actor',
    generic,
    alias: { text, caseSensitive, needsContext },
  } satisfies AliasRecord;
}

const PLACES = ['p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7', 'p8', 'p9', 'p10'];
/** Entries shown only on pages on topic: the hits of their aliases say so. */
const GENERIC = new Set(['us', 'france', 'russia', 'times', ...PLACES]);
const {
  numbered: matcher,
  idOf,
  numberOf,
} = namedMatcher([
  alias('macron', 'Macron'),
  alias('us', 'United States'),
  alias('us', 'US', { caseSensitive: true, needsContext: true }),
  alias('france', 'France'),
  alias('russia', 'Russia'),
  alias('russia', 'Kremlin', { caseSensitive: true, needsContext: true }),
  alias('times', 'The Times', { caseSensitive: true }),
  ...PLACES.map((id) => alias(id, `Place ${id}`)),
]);
const FACTS = { outlets: { [numberOf('times')]: ['The Times'] } };

/** A verdict with its entries named by id. */
const named = (verdict: TopicVerdict<number>) => namedVerdict(verdict, idOf);

/** A sentence long enough to be main text, around `words`. */
const long = (words: string) =>
  `In a long report published on Thursday, the paper wrote that ${words} had met.`;

/** A gate over numbered containers of one block each, and what it shows of each. */
function page(setup: Partial<GateSetup> = {}) {
  const gate = new MentionGate<number>({ facts: FACTS, hostname: '', topicGate: true, ...setup });
  const texts = new Map<number, string>();
  return {
    gate,
    put(key: number, text: string) {
      texts.set(key, text);
      gate.put(key, [text], [matcher.find(text)]);
    },
    shown: (key: number) =>
      gate.shown(key).flatMap((hits) => hits.map((h) => texts.get(key)!.slice(h.start, h.end))),
  };
}

describe('MentionGate: the topic gate', () => {
  it('hides generic entries until a specific one is found in the main text, then shows them, live', () => {
    const { gate, put, shown } = page();
    put(1, long('France and the United States'));
    expect(shown(1)).toEqual([]);
    expect(named(gate.verdict())).toEqual({
      gate: true,
      onTopic: false,
      evidence: [],
      hidden: ['france', 'us'],
    });
    put(2, long('Macron'));
    expect(gate.changed()).toContain(1);
    expect(shown(1)).toEqual(['France', 'United States']);
    expect(named(gate.verdict())).toEqual({ gate: true, onTopic: true, evidence: ['macron'], hidden: [] });
    gate.drop(2);
    expect(gate.changed()).toContain(1);
    expect(shown(1)).toEqual([]);
  });

  it('does not count a specific entry in a short block (a link, a caption) as evidence', () => {
    const { gate, put, shown } = page();
    put(1, long('France'));
    put(2, 'Macron visits Kyiv');
    expect(shown(1)).toEqual([]);
    expect(shown(2)).toEqual(['Macron']);
    expect(named(gate.verdict()).onTopic).toBe(false);
  });

  it('counts a page with enough distinct entries as on topic', () => {
    const { gate, put, shown } = page();
    PLACES.slice(0, -1).forEach((id, key) => {
      put(key, long(`Place ${id}`));
    });
    expect(named(gate.verdict()).onTopic).toBe(false);
    put(9, long('Place p10'));
    expect(named(gate.verdict())).toMatchObject({ onTopic: true, evidence: PLACES });
    expect(shown(0)).toEqual(['Place p1']);
  });

  it('shows generic entries on any page when the reader turns the gate off, and hides them again when on', () => {
    const { gate, put, shown } = page();
    put(1, long('France'));
    gate.configure({ topicGate: false });
    expect(gate.changed()).toEqual([1]);
    expect(shown(1)).toEqual(['France']);
    expect(named(gate.verdict())).toEqual({ gate: false, onTopic: false, evidence: [], hidden: [] });
    gate.configure({ topicGate: true });
    expect(shown(1)).toEqual([]);
  });
});

describe('MentionGate: context rules', () => {
  it('confirms a needsContext hit by an unambiguous alias of its entry elsewhere on the page', () => {
    const { gate, put, shown } = page({ topicGate: false });
    put(1, 'the Kremlin said');
    expect(shown(1)).toEqual([]);
    put(2, 'Russia');
    expect(gate.changed()).toEqual([1]);
    expect(shown(1)).toEqual(['Kremlin']);
  });

  it('confirms a needsContext hit on a page on topic, with no other alias of its entry', () => {
    const { put, shown } = page();
    put(1, 'the Kremlin said, and the US agreed');
    expect(shown(1)).toEqual([]);
    put(2, long('Macron'));
    expect(shown(1)).toEqual(['Kremlin', 'US']);
  });
});

describe('MentionGate: local rules', () => {
  it('drops an acronym in a run of capitals, which then confirms nothing', () => {
    const { put, shown } = page();
    put(1, long('Macron'));
    put(2, 'FOLLOW US');
    put(3, 'Follow the US lead');
    expect(shown(2)).toEqual([]);
    expect(shown(3)).toEqual(['US']);
  });

  it("drops an outlet's name on the site of another outlet of that name, and keeps it elsewhere", () => {
    const nytimes = page({ hostname: 'www.nytimes.com' });
    nytimes.put(1, long('Macron'));
    nytimes.put(2, 'He joined The Times in 2019.');
    expect(nytimes.shown(2)).toEqual([]);
    const bbc = page({ hostname: 'www.bbc.co.uk' });
    bbc.put(1, long('Macron'));
    bbc.put(2, 'He told The Times in 2019.');
    expect(bbc.shown(2)).toEqual(['The Times']);
  });

  it('drops the country word of an unnamed officeholder, and keeps it beside the name', () => {
    const { put, shown } = page();
    put(1, long('Macron'));
    put(2, 'the United States president said, as United States President Trump left');
    expect(shown(2)).toEqual(['United States']);
  });
});
