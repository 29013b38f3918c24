import { describe, expect, it } from 'vitest';
import { inRoleDescription } from './role-description';

/** Whether the first `word` in `text` is the country or body word of an unnamed officeholder's title. */
const inRole = (text: string, word: string) => inRoleDescription(text, text.indexOf(word) + word.length);

describe('inRoleDescription', () => {
  it('finds a country or body word that names an officeholder without their name', () => {
    expect(inRole('Starmer greeted the Ukrainian leader with a hug.', 'Ukrainian')).toBe(true);
    expect(inRole('a meeting between the US president and Ukraine’s President', 'US')).toBe(true);
    expect(inRole('the Kremlin spokesperson told journalists', 'Kremlin')).toBe(true);
    expect(inRole('Top Russian negotiator assesses talks', 'Russian')).toBe(true);
    expect(inRole('the Russian leader’s invasion', 'Russian')).toBe(true);
  });

  it('keeps the word when the name stands next to the title, or when no single office follows', () => {
    expect(inRole('US President Donald Trump said', 'US')).toBe(false);
    expect(inRole('Kremlin spokesman Dmitry Peskov said', 'Kremlin')).toBe(false);
    expect(inRole('US officials said', 'US')).toBe(false);
    expect(inRole('Russian negotiators arrived', 'Russian')).toBe(false);
    expect(inRole('Ukraine’s President Zelensky', 'Ukraine')).toBe(false);
    expect(inRole('the UN leadership', 'UN')).toBe(false);
  });
});
