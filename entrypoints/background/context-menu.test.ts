import { describe, expect, it } from 'vitest';
import { newEntryUrl, PREFILL_LIMITS } from './context-menu';

const POPUP = 'chrome-extension://abc/popup.html';

function paramsOf(url: string): URLSearchParams {
  const [, query = ''] = url.split('#new?');
  return new URLSearchParams(query);
}

describe('newEntryUrl', () => {
  it('opens the popup as a tab on a new entry named after the selection, sourced to the page', () => {
    const url = newEntryUrl(POPUP, {
      selection: 'Zelda Quartermaine',
      pageUrl: 'https://news.example/a?b=1&c=2#top',
      pageTitle: 'Talks resume – Example News',
    });
    expect(url.startsWith(`${POPUP}?view=tab#new?`)).toBe(true);
    const params = paramsOf(url);
    expect(params.get('name')).toBe('Zelda Quartermaine');
    expect(params.get('url')).toBe('https://news.example/a?b=1&c=2#top');
    expect(params.get('title')).toBe('Talks resume – Example News');
  });

  it('keeps characters that mean something in URLs intact', () => {
    const params = paramsOf(
      newEntryUrl(POPUP, { selection: 'A & B #1 ?x=y %20', pageUrl: undefined, pageTitle: '"Q" + <b>' }),
    );
    expect(params.get('name')).toBe('A & B #1 ?x=y %20');
    expect(params.get('title')).toBe('"Q" + <b>');
    expect(params.get('url')).toBe('');
  });

  it('collapses line breaks in the selection and cuts overlong text', () => {
    const params = paramsOf(
      newEntryUrl(POPUP, {
        selection: `  Keir\n\t Starmer ${'x'.repeat(500)}`,
        pageUrl: `https://a.example/${'p'.repeat(5000)}`,
        pageTitle: 't'.repeat(1000),
      }),
    );
    expect(params.get('name')?.startsWith('Keir Starmer x')).toBe(true);
    expect(params.get('name')).toHaveLength(PREFILL_LIMITS.name);
    expect(params.get('url')).toHaveLength(PREFILL_LIMITS.url);
    expect(params.get('title')).toHaveLength(PREFILL_LIMITS.title);
  });
});
