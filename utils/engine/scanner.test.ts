import { afterEach, describe, expect, it, vi } from 'vitest';
import { TEST_ALIASES } from '@/tests/helpers/engine-env';
import { frameShowing, trustedLoad } from '@/tests/helpers/frame-showing';
import { linkedNames } from '@/tests/helpers/linked-names';
import { namedCounts, namedMatcher } from '@/tests/helpers/named-matcher';
import { PAGE, running, setup } from '@/tests/helpers/scanner-harness';
import { compileMatcher } from '@/utils/matcher';
import { READ_STRETCH } from './block-reader';
import type { Scanner } from './scanner';

afterEach(() => {
  for (const stop of running) stop();
  running.clear();
});

describe('Scanner: full scans', () => {
  it('highlights every mention on the page by family, and reports them', () => {
    const { actors, proposals, scanner } = setup();
    expect(actors()).toEqual(['Keir Starmer', 'Macron', 'Macron']);
    expect(proposals()).toEqual(['coalition of the willing']);
    expect(namedCounts(scanner.snapshot().summaries, namedMatcher(TEST_ALIASES).idOf)).toEqual([
      { id: 'starmer', count: 1, first: 0 },
      { id: 'macron', count: 2, first: 1 },
      { id: 'coalition', count: 1, first: 2 },
    ]);
  });

  it('leaves the DOM untouched: same serialisation, and a MutationObserver sees nothing', async () => {
    document.body.innerHTML = PAGE;
    const before = document.documentElement.outerHTML;
    const records: MutationRecord[] = [];
    const spy = new MutationObserver((batch) => records.push(...batch));
    spy.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    const { actors, sync } = setup(null);
    await sync();
    records.push(...spy.takeRecords());
    spy.disconnect();
    expect(actors()).toHaveLength(3);
    expect(document.documentElement.outerHTML).toBe(before);
    expect(records).toEqual([]);
  });

  it('reads the top of the page at once on a rescan, before any idle period, and the rest in idle periods', () => {
    const { actors, scanner, idle } = setup(PAGE, { start: false, budgetMs: 1_000 });
    scanner.rescan();
    expect(actors()).toEqual(['Keir Starmer', 'Macron', 'Macron']);
    expect(idle.slices).toBe(0);
    expect(idle.step()).toBe(false);
  });

  it('leaves what one budget cannot read to idle periods', () => {
    const { actors, scanner, idle } = setup('<p>UN</p><p>NATO</p><p>Macron</p>', {
      start: false,
      budgetMs: 0,
    });
    scanner.rescan();
    expect(actors()).toEqual(['UN']);
    idle.flush();
    expect(actors()).toEqual(['UN', 'NATO', 'Macron']);
    expect(idle.slices).toBeGreaterThanOrEqual(2);
  });

  // A paragraph of 3,000 linked names (archive-of-our-own.html's kudos list has 3,800) took 40–90 ms to read at once.
  it('reads a container of thousands of inline names over several slices, and paints it once it is all read', () => {
    const { actors, scanner, idle } = setup(`<p>Macron greets ${linkedNames(3_000)}and NATO.</p><p>UN</p>`, {
      start: false,
      budgetMs: 0,
    });
    scanner.rescan();
    for (let slice = 0; slice < 10; slice++) expect(idle.step()).toBe(true);
    expect(actors()).toEqual([]);
    idle.flush();
    expect(actors()).toEqual(['Macron', 'NATO', 'UN']);
    expect(idle.slices).toBeGreaterThan((3 * 3_000) / READ_STRETCH);
  });

  it('rescans with a new matcher and drops entries it no longer knows', () => {
    const { actors, proposals, scanner, setMatcher, idle } = setup();
    setMatcher(compileMatcher(TEST_ALIASES.filter((record) => record.entryId !== 'macron')));
    scanner.rescan();
    idle.flush();
    expect(actors()).toEqual(['Keir Starmer']);
    expect(proposals()).toEqual(['coalition of the willing']);
  });

  it('sweeps, after a rescan, containers it no longer meets', () => {
    const { actors, scanner, idle } = setup();
    document.getElementById('q')!.hidden = true;
    scanner.rescan();
    idle.flush();
    expect(actors()).toEqual(['Keir Starmer', 'Macron']);
  });
});

describe('Scanner: the settled report', () => {
  it('builds the snapshot in idle slices, the same as at once', () => {
    const { scanner, idle } = setup();
    const done = vi.fn();
    scanner.snapshotSoon(done);
    expect(done).not.toHaveBeenCalled();
    idle.flush();
    expect(done).toHaveBeenCalledTimes(1);
    expect(done.mock.calls[0]![0]).toEqual(scanner.snapshot());
    expect(done.mock.calls[0]![0].summaries).toHaveLength(3);
  });

  it('drops a snapshot under way when the mentions change: a scan slice, a switch or a removal', () => {
    const { scanner, idle } = setup();
    const changes = [
      () => scanner.rescan(),
      () => scanner.configure({ topicGate: false }),
      () => scanner.apply({ added: [], moved: [], touched: [], removed: [document.body.firstChild!] }),
    ];
    for (const change of changes) {
      const done = vi.fn();
      scanner.snapshotSoon(done);
      change();
      idle.flush();
      expect(done).not.toHaveBeenCalled();
    }
  });
});

describe('Scanner: frames', () => {
  /** The mentions found, by text and by the document they are in (the fake registry is one for all documents). */
  const found = (scanner: Scanner, docs: Map<Document, string>) =>
    scanner
      .snapshot()
      .mentions.map(({ text, range }) => [text, docs.get(range.startContainer.ownerDocument!)]);

  it('reads the page a frame loads after the scan, and drops the marks of the document it left', () => {
    const placeholder = document.implementation.createHTMLDocument('blank');
    placeholder.body.innerHTML = '<p>Macron waits.</p>';
    let shown = placeholder;
    const docs = new Map([
      [document, 'top'],
      [placeholder, 'blank'],
    ]);
    document.body.innerHTML = '<p>Keir Starmer</p>';
    document.body.append(frameShowing(() => shown));
    const { scanner, idle } = setup(null);
    expect(found(scanner, docs)).toEqual([
      ['Keir Starmer', 'top'],
      ['Macron', 'blank'],
    ]);
    shown = document.implementation.createHTMLDocument('article');
    docs.set(shown, 'article');
    shown.body.innerHTML = '<p>The <b>coalition</b> of the willing and Keir Starmer.</p>';
    document.querySelector('frame')!.dispatchEvent(trustedLoad());
    idle.flush();
    expect(found(scanner, docs)).toEqual([
      ['Keir Starmer', 'top'],
      ['coalition of the willing', 'article'],
      ['Keir Starmer', 'article'],
    ]);
  });

  it('leaves a frame out of sight unread, and reads it once it comes near the viewport', () => {
    const below = document.implementation.createHTMLDocument('below');
    below.body.innerHTML = '<p>Macron, further down.</p>';
    const docs = new Map([
      [document, 'top'],
      [below, 'below'],
    ]);
    document.body.innerHTML = '<p>Keir Starmer</p>';
    const frame = frameShowing(() => below);
    document.body.append(frame);
    const { scanner, idle, sight } = setup(null, { far: new Set([frame]) });
    expect(found(scanner, docs)).toEqual([['Keir Starmer', 'top']]);
    sight.move(frame, true);
    idle.flush();
    expect(found(scanner, docs)).toEqual([
      ['Keir Starmer', 'top'],
      ['Macron', 'below'],
    ]);
    scanner.rescan();
    idle.flush();
    expect(found(scanner, docs)).toEqual([
      ['Keir Starmer', 'top'],
      ['Macron', 'below'],
    ]);
  });
});
