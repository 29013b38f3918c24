// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MortalRealm } from '@/tests/helpers/dead-objects';
import type { Mark } from '../highlighter';
import { markBoxes } from './mark-boxes';

afterEach(() => vi.restoreAllMocks());

/** happy-dom has no layout: each measured range reports the line boxes given for its start offset. */
function layOut(lines: Record<number, DOMRect[]>): void {
  vi.spyOn(Range.prototype, 'getClientRects').mockImplementation(function (this: Range) {
    return (lines[this.startOffset] ?? []) as unknown as DOMRectList;
  });
}

const rect = (x: number, y: number, width: number, height: number) => new DOMRect(x, y, width, height);

describe('markBoxes', () => {
  const text = document.createTextNode('Keir Starmer met the coalition of the willing');
  const mark = (start: number, end: number, family: Mark['family']): Mark => ({
    range: { startContainer: text, startOffset: start, endContainer: text, endOffset: end, collapsed: false },
    family,
  });

  it('gives every line box of every mark in the viewport, with its family', () => {
    layOut({ 0: [rect(10, 20, 80, 16)], 21: [rect(300, 20, 90, 16), rect(0, 40, 60, 16)] });
    expect(markBoxes([mark(0, 12, 'actor'), mark(21, 45, 'proposal')], { width: 800, height: 600 })).toEqual([
      [10, 20, 80, 16, 0],
      [300, 20, 90, 16, 1],
      [0, 40, 60, 16, 1],
    ]);
  });

  it('leaves out boxes outside the viewport or without area', () => {
    layOut({ 0: [rect(10, -30, 80, 16), rect(10, 600, 80, 16), rect(900, 20, 50, 16), rect(10, 20, 0, 16)] });
    expect(markBoxes([mark(0, 12, 'actor')], { width: 800, height: 600 })).toEqual([]);
  });

  it('skips a mark whose text shrank under it instead of failing the paint', () => {
    layOut({ 0: [rect(10, 20, 80, 16)] });
    const stale = mark(0, 400, 'actor');
    expect(markBoxes([stale, mark(0, 12, 'actor')], { width: 800, height: 600 })).toEqual([
      [10, 20, 80, 16, 0],
    ]);
  });

  it("skips a mark in a frame's document that is gone instead of failing the paint", () => {
    layOut({ 0: [rect(10, 20, 80, 16)] });
    const realm = new MortalRealm();
    const gone: Mark = { range: realm.wrap(mark(0, 12, 'actor').range), family: 'actor' };
    realm.kill();
    expect(markBoxes([gone, mark(0, 12, 'actor')], { width: 800, height: 600 })).toEqual([
      [10, 20, 80, 16, 0],
    ]);
  });
});
