import { describe, expect, it } from 'vitest';
import { newEntryUrl } from '@/entrypoints/background/context-menu';
import { parseRoute, tabViewUrl } from './route';

describe('parseRoute', () => {
  it('opens the default view as a popup when the URL asks for nothing', () => {
    expect(parseRoute('', '')).toEqual({ wide: false, fromTab: null, open: null });
  });

  it('reads the tab layout and the tab "On this page" is about', () => {
    expect(parseRoute('?view=tab&from=42', '')).toMatchObject({ wide: true, fromTab: 42 });
    expect(parseRoute('?view=tab&from=-1', '').fromTab).toBeNull();
    expect(parseRoute('?from=4x', '').fromTab).toBeNull();
  });

  it('opens an entry by id, decoded', () => {
    expect(parseRoute('', '#entry=keir%20starmer').open).toEqual({ kind: 'entry', id: 'keir starmer' });
    expect(parseRoute('', '#entry=').open).toBeNull();
    expect(parseRoute('', '#entry=%E0%A4%A').open).toBeNull();
  });

  it('opens a new entry, prefilled or empty, and ignores unknown hashes', () => {
    expect(parseRoute('', '#new').open).toEqual({ kind: 'new', prefill: { name: '', url: '', title: '' } });
    expect(parseRoute('', '#new?name=Zelda&title=T').open).toEqual({
      kind: 'new',
      prefill: { name: 'Zelda', url: '', title: 'T' },
    });
    expect(parseRoute('', '#newer').open).toBeNull();
    expect(parseRoute('', '#settings').open).toBeNull();
  });

  it('reads back exactly what the context menu writes', () => {
    const click = {
      selection: 'Zelda & “Q” #1',
      pageUrl: 'https://news.example/a?b=1&c=%20#top',
      pageTitle: 'Talks + plans ?',
    };
    const url = new URL(newEntryUrl('chrome-extension://abc/popup.html', click));
    expect(parseRoute(url.search, url.hash)).toEqual({
      wide: true,
      fromTab: null,
      open: { kind: 'new', prefill: { name: click.selection, url: click.pageUrl, title: click.pageTitle } },
    });
  });
});

describe('tabViewUrl', () => {
  it('keeps the tab the popup was about', () => {
    expect(tabViewUrl('moz-extension://u/popup.html', 7)).toBe(
      'moz-extension://u/popup.html?view=tab&from=7',
    );
    expect(tabViewUrl('moz-extension://u/popup.html', null)).toBe('moz-extension://u/popup.html?view=tab');
  });
});
