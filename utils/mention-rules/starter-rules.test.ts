import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validPack } from '@/tests/helpers/minimal-pack';
import { pageMatcherOf } from '@/tests/helpers/named-matcher';
import { MentionGate } from './mention-gate';

const starter = validPack(readFileSync(resolve('public/starter-pack.json'), 'utf8'), 0);
const { matcher, facts } = pageMatcherOf(starter.entries);
/** A paragraph that puts the page on topic, so only the local rules decide. */
const ON_TOPIC =
  'Macron and Starmer met on Thursday to discuss a peacekeeping force for Ukraine after a ceasefire.';

/** What the starter pack shows of `text` on an on-topic page of `hostname`. */
function shown(text: string, hostname = 'news.example') {
  const gate = new MentionGate<number>({ facts, hostname, topicGate: true });
  gate.put(0, [ON_TOPIC], [matcher.find(ON_TOPIC)]);
  gate.put(1, [text], [matcher.find(text)]);
  return gate.shown(1).flatMap((hits) => hits.map((hit) => text.slice(hit.start, hit.end)));
}

describe('starter pack under the page rules (in place of its former exclusion aliases)', () => {
  it('shows no "US" in labels and buttons written in capitals', () => {
    expect(shown('FOLLOW US · CONTACT US · ABOUT US · JOIN US · EMAIL US · TALK TO US')).toEqual([]);
  });

  it('shows the US where the text means it', () => {
    expect(shown('Join US troops in the talks; the US said so.')).toEqual(['US', 'US']);
  });

  it('shows no "The Times" on the site of another paper of that name, and shows it elsewhere', () => {
    expect(shown('Inside The Times', 'www.seattletimes.com')).toEqual([]);
    expect(shown('He joined The Times in 2019.', 'www.nytimes.com')).toEqual([]);
    expect(shown('He told The Times in 2019.', 'www.bbc.co.uk')).toEqual(['The Times']);
  });
});
