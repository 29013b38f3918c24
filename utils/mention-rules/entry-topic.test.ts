import { describe, expect, it } from 'vitest';
import { blankEntry } from '@/utils/model';
import { entryFactsOf, topicOf } from './entry-topic';

describe('topicOf', () => {
  it('takes the mark when there is one, else the kind: countries, organisations and outlets are generic', () => {
    expect(topicOf(blankEntry('fr', 'country', 'France'))).toBe('generic');
    expect(topicOf(blankEntry('nato', 'organisation', 'NATO'))).toBe('generic');
    expect(topicOf(blankEntry('bbc', 'media', 'BBC'))).toBe('generic');
    expect(topicOf(blankEntry('macron', 'person', 'Emmanuel Macron'))).toBe('specific');
    expect(topicOf(blankEntry('cotw', 'coalition', 'Coalition of the willing'))).toBe('specific');
    expect(topicOf({ ...blankEntry('ua', 'country', 'Ukraine'), topic: 'specific' })).toBe('specific');
    expect(topicOf({ ...blankEntry('trump', 'person', 'Donald Trump'), topic: 'generic' })).toBe('generic');
  });
});

describe('entryFactsOf', () => {
  it('lists each outlet the matcher numbers by its number, with its own names, exclusions left out', () => {
    const times = {
      ...blankEntry('times', 'media', 'The Times'),
      aliases: [
        { text: 'Times of London', caseSensitive: false, needsContext: false },
        { text: 'The Times of India', caseSensitive: true, needsContext: false, exclude: true },
      ],
    };
    const unmatched = blankEntry('guardian', 'media', 'The Guardian');
    const numbers = new Map([
      ['macron', 0],
      ['times', 3],
    ]);
    const facts = entryFactsOf([blankEntry('macron', 'person', 'Emmanuel Macron'), times, unmatched], (id) =>
      numbers.get(id),
    );
    expect(facts).toEqual({ outlets: { 3: ['The Times', 'Times of London'] } });
  });
});
