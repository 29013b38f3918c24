import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { useLocale } from '@/tests/helpers/fake-i18n';
import { formatNumber, messageLanguage, t, tn, tSlots, uiLocale } from './t';

afterEach(() => useLocale('en', 'en-GB'));

describe('t', () => {
  it('reads the message of the browser’s language and fills its placeholders', () => {
    expect(t('popover_matched', 'the French president')).toBe('Matched “the French president”');
    useLocale('fr');
    expect(t('popover_matched', 'le président')).toBe('Reconnu : « le président »');
    expect(messageLanguage()).toBe('fr');
  });

  it('writes numbers the reader’s way', () => {
    useLocale('fr', 'fr-FR');
    expect(formatNumber(12345)).toBe('12\u202f345');
    expect(uiLocale()).toBe('fr-FR');
    useLocale('en', 'en-GB');
    expect(formatNumber(12345)).toBe('12,345');
  });

  it('shows a key no catalog has as itself rather than nothing', () => {
    fakeBrowser.i18n.getMessage = () => '';
    expect(t('popover_close')).toBe('popover_close');
  });
});

describe('tn', () => {
  it('picks English’s one and other forms', () => {
    expect(tn('facts_show_all', 1)).toBe('Show all 1 fact');
    expect(tn('facts_show_all', 5)).toBe('Show all 5 facts');
  });

  it('picks Ukrainian’s one, few and many forms, not a yes-or-no on 1', () => {
    useLocale('uk');
    expect([1, 21, 3, 22, 5, 11, 111].map((n) => tn('facts_show_all', n))).toEqual([
      'Показати всі 1 факт',
      'Показати всі 21 факт',
      'Показати всі 3 факти',
      'Показати всі 22 факти',
      'Показати всі 5 фактів',
      'Показати всі 11 фактів',
      'Показати всі 111 фактів',
    ]);
  });

  it('follows the messages’ language for the form and the reader’s locale for the number', () => {
    // A Portuguese browser reads the English messages: English plural forms, Portuguese digits.
    fakeBrowser.i18n.getUILanguage = () => 'pt-PT';
    expect(tn('facts_show_all', 1)).toBe('Show all 1 fact');
    expect(tn('facts_show_all', 1234)).toBe('Show all 1234 facts');
  });
});

describe('tSlots', () => {
  it('cuts a message at its placeholders, wherever the language puts them', () => {
    expect(tSlots('popover_updated', 1)).toEqual(['Updated ', 0]);
    useLocale('fr');
    expect(tSlots('popover_updated', 1)).toEqual(['Mis à jour le ', 0]);
  });
});
