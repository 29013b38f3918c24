import { describe, expect, it } from 'vitest';
import { capitalisedRuns } from './capitalised-runs';

const runs = (text: string, known = [] as { start: number; end: number }[]) =>
  capitalisedRuns(text, known).map(
    (run) => `${run.initial ? '^' : ''}${run.words.map((w) => w.text).join(' ')}`,
  );

describe('capitalisedRuns', () => {
  it('joins capitalised words through connectors, and drops a connector with nothing capitalised after it', () => {
    expect(runs('the Coalition of the Willing met in Bild am Sonntag of the day')).toEqual([
      'Coalition of the Willing',
      'Bild am Sonntag',
    ]);
  });

  it('stops at punctuation and possessives, and marks sentence openers', () => {
    expect(runs('Talks began. Then Putin, Trump’s envoy Witkoff and “Kushner” spoke')).toEqual([
      '^Talks',
      '^Then Putin',
      'Trump',
      'Witkoff',
      '^Kushner',
    ]);
  });

  it('treats short capitals as acronyms but shouting as no name', () => {
    expect(runs('the GRU said BREAKING news')).toEqual(['GRU']);
  });

  it('stops at a known stretch without opening a sentence there', () => {
    expect(runs('so Russian President Vladimir Putin', [{ start: 3, end: 10 }])).toEqual([
      'President Vladimir Putin',
    ]);
  });
});
