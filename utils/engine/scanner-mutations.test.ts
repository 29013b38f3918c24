import { afterEach, describe, expect, it } from 'vitest';
import { MortalRealm } from '@/tests/helpers/dead-objects';
import { mutationsDelivered } from '@/tests/helpers/engine-env';
import { linkedNames } from '@/tests/helpers/linked-names';
import { PAGE, running, setup } from '@/tests/helpers/scanner-harness';

/** Enough inline names that a paragraph takes several stretches to read (./block-reader.ts). */
const LINKS = linkedNames(2_000);

/** A scanner one slice into reading a long paragraph that opens with a name, one slice of work at a time. */
function midRead() {
  const scan = setup(`<p id="long">Macron greets ${LINKS}all.</p><p>UN</p>`, { start: false, budgetMs: 0 });
  scan.scanner.rescan();
  scan.idle.step();
  return scan;
}

afterEach(() => {
  for (const stop of running) stop();
  running.clear();
});

describe('Scanner: following page changes', () => {
  it('reads an appended paragraph once, and the added subtree only', async () => {
    const { finds, actors, sync } = setup();
    finds.length = 0;
    const div = document.createElement('div');
    div.innerHTML = '<p>NATO and <i>Emmanuel</i> Macron</p>';
    document.querySelector('main')!.append(div);
    await sync();
    expect(finds.filter((text) => text === 'NATO and Emmanuel Macron')).toHaveLength(1);
    expect(finds).not.toContain('Macron spoke.');
    expect(actors()).toEqual(['Keir Starmer', 'Macron', 'Macron', 'NATO', 'Emmanuel Macron']);
  });

  it('rereads the surrounding block when inline content is added to it', async () => {
    const { actors, sync } = setup('<p id="p">Prime Minister Keir </p>');
    expect(actors()).toEqual([]);
    const b = document.createElement('b');
    b.textContent = 'Starmer';
    document.getElementById('p')!.append(b);
    await sync();
    expect(actors()).toEqual(['Keir Starmer']);
  });

  it('reads again a long container the page changes while it is being read, and paints what it now says', async () => {
    const { actors, sync } = midRead();
    (document.getElementById('long')!.firstChild as Text).data = 'NATO greets ';
    await sync();
    expect(actors()).toEqual(['NATO', 'UN']);
  });

  it('paints nothing of a long container the page removes while it is being read', async () => {
    const { actors, sync } = midRead();
    document.getElementById('long')!.remove();
    await sync();
    expect(actors()).toEqual(['UN']);
  });

  it('drops the marks of a removed node at once, before any idle slice', async () => {
    const { actors } = setup();
    document.getElementById('q')!.remove();
    await mutationsDelivered();
    expect(actors()).toEqual(['Keir Starmer', 'Macron']);
  });

  it('drops a changed block whose document went before it was read again, and reads the others', () => {
    const { actors, scanner, idle } = setup();
    const realm = new MortalRealm();
    scanner.apply({
      added: [],
      moved: [],
      removed: [],
      touched: [realm.wrap(document.getElementById('q')!)],
    });
    (document.getElementById('p')!.firstChild as Text).data = 'NATO and the ';
    scanner.apply({
      added: [],
      moved: [],
      removed: [],
      touched: [document.getElementById('p')!.firstChild!],
    });
    realm.kill();
    idle.flush();
    expect(actors()).toEqual(['Keir Starmer', 'Macron', 'NATO', 'Macron']);
  });

  it('rereads only the block whose text changed', async () => {
    const { finds, actors, sync } = setup();
    finds.length = 0;
    (document.getElementById('q')!.firstChild as Text).data = 'NATO spoke.';
    await sync();
    expect(finds).toEqual(['NATO spoke.']);
    expect(actors()).toEqual(['Keir Starmer', 'Macron', 'NATO']);
  });

  it('does one wholesale rescan for a batch above the threshold', async () => {
    const { finds, actors, sync } = setup(PAGE, { threshold: 5 });
    finds.length = 0;
    for (let i = 0; i < 6; i++)
      document.body.append(Object.assign(document.createElement('p'), { textContent: 'UN' }));
    await sync();
    expect(finds.filter((text) => text === 'Macron spoke.')).toHaveLength(1);
    expect(finds.filter((text) => text === 'UN')).toHaveLength(6);
    expect(actors()).toHaveLength(9);
  });

  it('finds and follows text in open shadow roots', async () => {
    document.body.innerHTML = '<p>intro</p><x-card></x-card>';
    const shadow = document.querySelector('x-card')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p>Keir Starmer</p>';
    const { actors, sync } = setup(null);
    expect(actors()).toEqual(['Keir Starmer']);
    shadow.append(Object.assign(document.createElement('p'), { textContent: 'Macron' }));
    await sync();
    expect(actors()).toEqual(['Keir Starmer', 'Macron']);
  });

  it('shows a needsContext mention once a later mutation confirms its entry', async () => {
    const { actors, sync } = setup('<p>Keir was there.</p><div id="more"></div>');
    expect(actors()).toEqual([]);
    document.getElementById('more')!.textContent = 'Keir Starmer said';
    await sync();
    expect(actors()).toEqual(['Keir', 'Keir Starmer']);
  });

  it('ignores additions inside unreadable regions', async () => {
    const { actors, sync } = setup('<div contenteditable="true" id="editor"></div><div hidden id="h"></div>');
    document.getElementById('editor')!.innerHTML = '<p>Macron</p>';
    document.getElementById('h')!.innerHTML = '<p>Macron</p>';
    await sync();
    expect(actors()).toEqual([]);
  });

  it('yields after every container on a zero budget, and survives the page removing its walk position', async () => {
    document.body.innerHTML = '<div id="a"><p>UN</p></div><p>NATO</p><p>Macron</p>';
    const { idle, actors, scanner } = setup(null, { budgetMs: 0, start: false });
    scanner.rescan();
    expect(idle.slices).toBe(0);
    expect(actors()).toEqual(['UN']);
    document.getElementById('a')!.remove();
    await mutationsDelivered();
    idle.flush();
    expect(actors()).toEqual(['NATO', 'Macron']);
    expect(idle.slices).toBeGreaterThanOrEqual(2);
  });
});
