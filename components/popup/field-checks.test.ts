import { describe, expect, it } from 'vitest';
import { alias } from '@/tests/helpers/popup-fixtures';
import { checkAliasWords, checkDate, checkUrl, checkVisibleText, hasHtml } from './field-checks';

describe('checkDate', () => {
  it('accepts years, months and real days, including 29 February in leap years', () => {
    for (const value of ['2025', '2025-02', '2025-02-28', '2024-02-29', '2000-02-29', '1999-12-31']) {
      expect(checkDate(value), value).toBeNull();
    }
  });

  it('refuses other formats and dates that do not exist', () => {
    expect(checkDate('02/03/2025')).toBe('Use YYYY, YYYY-MM or YYYY-MM-DD');
    expect(checkDate('2025-2-3')).toBe('Use YYYY, YYYY-MM or YYYY-MM-DD');
    expect(checkDate('2025-02-30')).toBe("2025-02-30 isn't a real date");
    expect(checkDate('2023-02-29')).toBe("2023-02-29 isn't a real date");
    expect(checkDate('1900-02-29')).toBe("1900-02-29 isn't a real date");
    expect(checkDate('2025-13')).toBe("2025-13 isn't a real date");
    expect(checkDate('2025-00-10')).toBe("2025-00-10 isn't a real date");
    expect(checkDate('2025-04-00')).toBe("2025-04-00 isn't a real date");
  });
});

describe('checkUrl and hasHtml', () => {
  it('allows only absolute http and https URLs', () => {
    expect(checkUrl('https://www.reuters.com/world/')).toBeNull();
    expect(checkUrl('http://example.org')).toBeNull();
    expect(checkUrl('javascript:alert(1)')).toBe('Only http and https links are allowed');
    expect(checkUrl('ftp://example.org/file')).toBe('Only http and https links are allowed');
    expect(checkUrl('www.example.org')).toBe('Enter a full address, such as https://example.org/page');
  });

  it('spots tags and comments but not comparisons', () => {
    expect(hasHtml('<b>bold</b>')).toBe(true);
    expect(hasHtml('x <img src=x onerror=alert(1)>')).toBe(true);
    expect(hasHtml('<!-- hidden')).toBe(true);
    expect(hasHtml('a < b and 3 > 2')).toBe(false);
    expect(hasHtml('Macron <3')).toBe(false);
  });

  it('refuses exactly what the store refuses, so a draft the editor passes is never refused on save', () => {
    expect(hasHtml('an unclosed <b tag')).toBe(true);
    expect(checkUrl('https://example.org/a page')).not.toBeNull();
    expect(checkUrl('https://example.org/a%20page')).toBeNull();
  });
});

describe('checkVisibleText and checkAliasWords', () => {
  it('refuses hidden direction marks and invisible-only text, as the store does', () => {
    expect(checkVisibleText('Macron\u202E', 'Enter a name')).toMatch(/text-direction/);
    expect(checkVisibleText('\u200B\u2060', 'Enter a name')).toBe('Enter a name');
    expect(checkVisibleText('Ma\u00ADcron', 'Enter a name')).toBeNull();
  });

  it('refuses punctuation-only and weak aliases, and accepts a common word kept to its capitals', () => {
    expect(checkAliasWords(alias('…'))).toBe('An alias needs at least one letter or digit');
    expect(checkAliasWords(alias('a', { caseSensitive: true }))).toMatch(/^A single letter or digit/);
    expect(checkAliasWords(alias('the'))).toMatch(/^So common/);
    expect(checkAliasWords(alias('UN'))).toMatch(/^So common/);
    expect(checkAliasWords(alias('UN', { caseSensitive: true }))).toBeNull();
    expect(checkAliasWords(alias('Macron'))).toBeNull();
  });
});
