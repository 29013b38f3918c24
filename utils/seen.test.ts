import { describe, expect, it } from 'vitest';
import {
  MAX_PAGE_LENGTH,
  MAX_TITLE_LENGTH,
  nextSeen,
  REWRITE_AFTER_MS,
  type SeenPage,
  seenInput,
  VISIT_GAP_MS,
} from './seen';

const input = { page: 'https://news.example/a', title: 'A' };
const stored: SeenPage = { entryId: 'e', ...input, firstSeen: 0, lastSeen: 1_000, count: 1 };

describe('seenInput', () => {
  it('keeps an http(s) page without its fragment and a title with its spaces folded', () => {
    expect(seenInput('https://news.example/a?x=1#part', '  Big \n news ')).toEqual({
      page: 'https://news.example/a?x=1',
      title: 'Big news',
    });
    expect(seenInput('http://news.example/', undefined)).toEqual({ page: 'http://news.example/', title: '' });
  });

  it('refuses other schemes, malformed and over-long addresses', () => {
    expect(seenInput('javascript:alert(1)', 'x')).toBeNull();
    expect(seenInput('file:///etc/passwd', 'x')).toBeNull();
    expect(seenInput('not a url', 'x')).toBeNull();
    expect(seenInput(`https://news.example/${'a'.repeat(MAX_PAGE_LENGTH)}`, 'x')).toBeNull();
  });

  it('cuts a huge title to the cap, by code point', () => {
    const title = seenInput('https://news.example/', '😀'.repeat(10_000))!.title;
    expect([...title]).toHaveLength(MAX_TITLE_LENGTH);
    expect(title).toBe('😀'.repeat(MAX_TITLE_LENGTH));
  });
});

describe('nextSeen', () => {
  it('starts a record at one visit', () => {
    expect(nextSeen(undefined, 'e', input, 5)).toEqual({
      entryId: 'e',
      ...input,
      firstSeen: 5,
      lastSeen: 5,
      count: 1,
    });
  });

  it('writes nothing for a report of the same visit under a minute later with the same title', () => {
    expect(nextSeen(stored, 'e', input, 1_000 + REWRITE_AFTER_MS - 1)).toBeNull();
  });

  it('moves last seen without counting within the same visit', () => {
    const later = 1_000 + VISIT_GAP_MS - 1;
    expect(nextSeen(stored, 'e', input, later)).toEqual({ ...stored, lastSeen: later, count: 1 });
    expect(nextSeen(stored, 'e', { ...input, title: 'B' }, 1_001)).toEqual({
      ...stored,
      title: 'B',
      lastSeen: 1_001,
    });
  });

  it('counts a new visit once the gap has passed, keeping first seen', () => {
    const later = 1_000 + VISIT_GAP_MS;
    expect(nextSeen(stored, 'e', input, later)).toEqual({ ...stored, lastSeen: later, count: 2 });
  });

  it('keeps the stored title when the new report has none', () => {
    expect(nextSeen(stored, 'e', { ...input, title: '' }, 1_000 + VISIT_GAP_MS)?.title).toBe('A');
  });
});
