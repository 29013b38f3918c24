import { describe, expect, it } from 'vitest';
import { shownDocuments } from './shown-documents';

/** A stand-in document shown by `frame` (none: no window), counting how often its frame is asked for. */
function docIn(frame: { isConnected: boolean; ownerDocument: Document } | null | 'throws') {
  const asked = { count: 0 };
  const doc = {
    get defaultView() {
      if (frame === null) return null;
      return {
        get frameElement() {
          asked.count++;
          if (frame === 'throws') throw new Error('Permission denied');
          return frame;
        },
      };
    },
  } as unknown as Document;
  return { doc, asked };
}

describe('shownDocuments', () => {
  const root = {} as Document;

  it('keeps the page and a document shown by a frame still in it, nested or not', () => {
    const shown = shownDocuments(root);
    const inner = docIn({ isConnected: true, ownerDocument: root }).doc;
    const nested = docIn({ isConnected: true, ownerDocument: inner }).doc;
    expect(shown(root)).toBe(true);
    expect(shown(inner)).toBe(true);
    expect(shown(nested)).toBe(true);
  });

  it('lets go of a removed frame’s document, and of one nested in a removed frame', () => {
    const shown = shownDocuments(root);
    const removed = docIn({ isConnected: false, ownerDocument: root }).doc;
    const nested = docIn({ isConnected: true, ownerDocument: removed }).doc;
    expect(shown(removed)).toBe(false);
    expect(shown(nested)).toBe(false);
  });

  it('lets go of a document with no window, or whose frame cannot be reached', () => {
    const shown = shownDocuments(root);
    expect(shown(docIn(null).doc)).toBe(false);
    expect(shown(docIn('throws').doc)).toBe(false);
  });

  it('asks each document for its frame once per sweep', () => {
    const shown = shownDocuments(root);
    const { doc, asked } = docIn({ isConnected: true, ownerDocument: root });
    for (let i = 0; i < 5; i++) shown(doc);
    expect(asked.count).toBe(1);
    shownDocuments(root)(doc);
    expect(asked.count).toBe(2);
  });
});
