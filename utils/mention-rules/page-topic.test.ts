import { describe, expect, it } from 'vitest';
import { isMainText, isOnTopic, TOPIC_RULE } from './page-topic';

describe('isOnTopic', () => {
  it('needs one specific entry, or failing that as many distinct entries as the rule says', () => {
    expect(isOnTopic(1, 1)).toBe(true);
    expect(isOnTopic(0, TOPIC_RULE.distinct)).toBe(true);
    expect(isOnTopic(0, TOPIC_RULE.distinct - 1)).toBe(false);
    expect(isOnTopic(0, 0)).toBe(false);
  });
});

describe('isMainText', () => {
  it('takes a paragraph for main text, and a link, a label or a caption not', () => {
    expect(
      isMainText('Macron and Starmer met in Paris on Thursday to discuss a peacekeeping force for Ukraine.'),
    ).toBe(true);
    expect(isMainText('Ukraine war latest: talks resume')).toBe(false);
    expect(isMainText('')).toBe(false);
  });
});
