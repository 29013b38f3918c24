import { afterEach, describe, expect, it } from 'vitest';
import { useLocale } from '@/tests/helpers/fake-i18n';
import { describeOrigin, kindLabel, stanceGroupLabel } from './labels';

afterEach(() => useLocale('en', 'en-GB'));

describe('describeOrigin', () => {
  it('names the packs an entry came from, and says when the reader edited it', () => {
    expect(describeOrigin({ packs: ['Starter pack'], edited: false })).toBe('From: Starter pack');
    expect(describeOrigin({ packs: ['Starter pack', 'Peace 2025'], edited: true })).toBe(
      'From: Starter pack, Peace 2025 (edited)',
    );
  });

  it('calls an entry no pack brought the reader’s own', () => {
    expect(describeOrigin({ packs: [], edited: false })).toBe('Your entry');
  });

  it('says it in the reader’s language', () => {
    useLocale('fr');
    expect(describeOrigin({ packs: ['Starter pack'], edited: true })).toBe(
      'Paquet : Starter pack (modifiée)',
    );
    expect(describeOrigin({ packs: [], edited: false })).toBe('Votre entrée');
  });
});

describe('labels', () => {
  it('reads stance groups from the entry’s side', () => {
    expect(stanceGroupLabel('actor', 'supports')).toBe('Supports');
    expect(stanceGroupLabel('proposal', 'supports')).toBe('Supported by');
  });

  it('names kinds in the reader’s language', () => {
    useLocale('uk');
    expect(kindLabel('country')).toBe('Країна');
  });
});
