import { describe, expect, it } from 'vitest';
import { inCapitalsRun } from './capitals-run';

/** Whether the first `word` in `text` stands in a run of capitals. */
const inRun = (text: string, word: string) => {
  const start = text.indexOf(word);
  return inCapitalsRun(text, start, start + word.length);
};

describe('inCapitalsRun', () => {
  it('finds an acronym inside a label or button written in capitals', () => {
    expect(inRun('FOLLOW US', 'US')).toBe(true);
    expect(inRun('ABOUT US · CONTACT US · JOIN US', 'US')).toBe(true);
    expect(inRun('TALK TO US', 'US')).toBe(true);
    expect(inRun('U.S. NEWS & WORLD REPORT', 'U.S.')).toBe(true);
    expect(inRun('Menu | EMAIL US | Subscribe', 'US')).toBe(true);
  });

  it('leaves an acronym in a sentence, alone in a list item, or next to other acronyms in prose', () => {
    expect(inRun('The US and the UK', 'US')).toBe(false);
    expect(inRun('US', 'US')).toBe(false);
    expect(inRun('Tags: US, NATO', 'US')).toBe(false);
    expect(inRun('the US FDA said', 'US')).toBe(false);
    expect(inRun('US GDP grew', 'US')).toBe(false);
    expect(inRun('(US) 2025', 'US')).toBe(false);
    expect(inRun('the US-UK deal', 'US')).toBe(false);
  });

  it('leaves names that are not acronyms, whatever their case', () => {
    expect(inRun('MACRON MEETS STARMER', 'MACRON')).toBe(false);
    expect(inRun('VISIT FRANCE TODAY', 'FRANCE')).toBe(false);
  });
});
