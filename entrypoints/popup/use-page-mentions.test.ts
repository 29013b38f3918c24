import { describe, expect, it } from 'vitest';
import { makeEntry } from '@/components/popup/test-fixtures';
import { siteOf } from './use-current-tab';
import { joinMentions } from './use-page-mentions';

describe('joinMentions', () => {
  it('orders by first mention and leaves out entries deleted since the report', () => {
    const macron = makeEntry({ id: 'macron', name: 'Emmanuel Macron' });
    const starmer = makeEntry({ id: 'starmer', name: 'Keir Starmer' });
    const mentions = joinMentions(
      [
        { id: 'starmer', count: 2, first: 9 },
        { id: 'gone', count: 1, first: 0 },
        { id: 'macron', count: 3, first: 4 },
      ],
      [starmer, macron],
    );
    expect(mentions).toEqual([
      { entry: macron, count: 3 },
      { entry: starmer, count: 2 },
    ]);
  });
});

describe('siteOf', () => {
  it('gives the lower-cased host of web pages only', () => {
    expect(siteOf('https://WWW.Example.org/a?b')).toBe('www.example.org');
    expect(siteOf('http://127.0.0.1:8080/')).toBe('127.0.0.1');
    expect(siteOf('chrome://extensions')).toBeNull();
    expect(siteOf('moz-extension://u/popup.html')).toBeNull();
    expect(siteOf(undefined)).toBeNull();
    expect(siteOf('not a url')).toBeNull();
  });
});
