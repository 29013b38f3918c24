import { describe, expect, it } from 'vitest';
import { foldCaseKey, foldKey } from './normalize';

describe('foldKey', () => {
  it('lower-cases and strips diacritics, including letters NFD keeps whole', () => {
    expect(foldKey('António Guterres')).toBe('antonio guterres');
    expect(foldKey('Kukuła')).toBe('kukula');
    expect(foldKey('Støre')).toBe('store');
    expect(foldKey('Đukanović')).toBe('dukanovic');
    expect(foldKey('Straße')).toBe('strasse');
    expect(foldKey('Œuvre')).toBe('oeuvre');
  });

  it('maps typographic apostrophes to one kind', () => {
    expect(foldKey('Starmer’s')).toBe("starmer's");
    expect(foldKey('l‘ONU ʼx')).toBe("l'onu 'x");
  });

  it('collapses and trims whitespace, NBSP and line breaks', () => {
    expect(foldKey('  Keir\u00a0\n\t Starmer  ')).toBe('keir starmer');
  });

  it('removes soft hyphens and zero-width characters', () => {
    expect(foldKey('Star\u00admer\u200b\ufeff')).toBe('starmer');
  });

  it('keeps distinct words distinct', () => {
    expect(foldKey('Macron')).not.toBe(foldKey('Macron ist'));
    expect(foldKey('UN')).not.toBe(foldKey('UNO'));
  });

  it('folds Cyrillic and Greek consistently', () => {
    expect(foldKey('МАКРОН')).toBe('макрон');
    expect(foldKey('Ёлка')).toBe('елка');
    expect(foldKey('ΟΔΥΣΣΕΥΣ')).toBe(foldKey('οδυσσευς'));
  });

  it('returns empty for text with nothing visible', () => {
    expect(foldKey(' \u00ad\u200b ')).toBe('');
    expect(foldKey('')).toBe('');
  });
});

describe('foldCaseKey', () => {
  it('folds like foldKey but keeps case', () => {
    expect(foldCaseKey('  Ústí\u00a0UN ')).toBe('Usti UN');
    expect(foldCaseKey('un')).not.toBe(foldCaseKey('UN'));
  });
});
