import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pageMatcherOf } from '@/tests/helpers/named-matcher';
import type { Hit } from '@/utils/matcher';
import { MentionGate } from '@/utils/mention-rules';
import { type Entry, type Family, familyOf } from '@/utils/model';
import { nthIndexOf, type PageAnnotations, pageBlocks } from './page-text';
import { addTally, NO_TALLY, type Span, scorePage, type Tally } from './score';

/** The figures of one run over the set: per family and topic, and how many highlights unrelated pages got. */
export interface Figures {
  all: Tally;
  actor: Tally;
  proposal: Tally;
  onTopic: Tally;
  offTopic: Tally;
  /** Highlights per unrelated page (what the reader sees there: every one is noise unless annotated). */
  offTopicPerPage: number;
}

/** How to run the set: the page engine's topic gate on or off, and each page's hostname (for the outlet rule). */
export interface EvaluateOptions {
  topicGate: boolean;
  hosts: ReadonlyMap<string, string>;
}

/**
 * What the page engine would highlight on a page: each block is a container, judged by the engine's own gate
 * (utils/mention-rules), so the local rules, the context rules and the topic gate are those the page runs.
 */
function highlightsOf(
  blocks: string[],
  find: (text: string) => Hit[],
  gate: MentionGate<number>,
  idOf: (entry: number) => string,
): Span[] {
  blocks.forEach((text, block) => {
    gate.put(block, [text], [find(text)]);
  });
  return blocks.flatMap((_, block) =>
    (gate.shown(block)[0] ?? []).map((hit) => ({
      entry: idOf(hit.entry),
      block,
      start: hit.start,
      end: hit.end,
    })),
  );
}

/** The annotated spans of a page, located in its blocks. */
function expectedOf(page: PageAnnotations, blocks: string[]): Span[] {
  return page.mentions.map((mention) => {
    const start = nthIndexOf(blocks[mention.block] ?? '', mention.text, mention.occurrence);
    return { entry: mention.entry, block: mention.block, start, end: start + mention.text.length };
  });
}

/**
 * Runs the starter pack's matcher over every page of the real-text set the way the page engine does, and scores it
 * against the hand annotations (docs/realtext-annotation.md).
 */
export function evaluate(
  entries: Entry[],
  annotations: PageAnnotations[],
  dir: string,
  options: EvaluateOptions,
): Figures {
  const { matcher, facts, idOf } = pageMatcherOf(entries);
  const families = new Map(entries.map((entry) => [entry.id, familyOf(entry.kind)]));
  const only = (spans: Span[], family: Family) => spans.filter((span) => families.get(span.entry) === family);
  let figures: Omit<Figures, 'offTopicPerPage'> = {
    all: NO_TALLY,
    actor: NO_TALLY,
    proposal: NO_TALLY,
    onTopic: NO_TALLY,
    offTopic: NO_TALLY,
  };
  let offPages = 0;
  for (const page of annotations) {
    const blocks = pageBlocks(readFileSync(join(dir, page.file), 'utf8'));
    const expected = expectedOf(page, blocks);
    const gate = new MentionGate<number>({
      facts,
      hostname: options.hosts.get(page.file) ?? '',
      topicGate: options.topicGate,
    });
    const found = highlightsOf(blocks, (text) => matcher.find(text), gate, idOf);
    const whole = scorePage(expected, found);
    const topic = page.topic === 'on' ? 'onTopic' : 'offTopic';
    if (page.topic === 'off') offPages++;
    figures = {
      all: addTally(figures.all, whole),
      actor: addTally(figures.actor, scorePage(only(expected, 'actor'), only(found, 'actor'))),
      proposal: addTally(figures.proposal, scorePage(only(expected, 'proposal'), only(found, 'proposal'))),
      onTopic: page.topic === 'on' ? addTally(figures.onTopic, whole) : figures.onTopic,
      offTopic: topic === 'offTopic' ? addTally(figures.offTopic, whole) : figures.offTopic,
    };
  }
  return { ...figures, offTopicPerPage: offPages === 0 ? 0 : figures.offTopic.found / offPages };
}
