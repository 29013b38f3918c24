import { beforeEach, describe, expect, it, vi } from 'vitest';
import { MortalRealm } from '@/tests/helpers/dead-objects';
import { fakeEnv, paintedText, TEST_ALIASES, withGeneric } from '@/tests/helpers/engine-env';
import { namedCounts, namedMatcher, namedVerdict } from '@/tests/helpers/named-matcher';
import { readBlocks } from '@/tests/helpers/read-blocks';
import type { Matcher } from '@/utils/matcher';
import { ElementRules } from './dom-rules';
import { HIGHLIGHT_NAMES } from './highlight-env';
import { Highlighter } from './highlighter';
import { PageMentions } from './page-mentions';

const { numbered: matcher, idOf } = namedMatcher(TEST_ALIASES);
/** The same aliases with NATO generic, as organisations are in the starter pack. */
const gatedMatcher = namedMatcher(withGeneric(TEST_ALIASES, ['nato'])).numbered;

/** Reads the element with this id and puts its blocks and hits into `mentions`, as the scanner does. */
function putInto(mentions: PageMentions, id: string, by: Matcher = matcher): void {
  const el = document.getElementById(id)!;
  const blocks = readBlocks(el, new ElementRules());
  mentions.put(
    el,
    blocks,
    blocks.map((block) => by.find(block.text)),
  );
}

function setup(html: string, by: Matcher = matcher) {
  document.body.innerHTML = html;
  const env = fakeEnv();
  const mentions = new PageMentions(document, new Highlighter(() => env));
  const put = (id: string) => putInto(mentions, id, by);
  return { env, mentions, put, actors: () => paintedText(env, HIGHLIGHT_NAMES.actor) };
}

/** A page whose second paragraph is read through a realm that can die, as a frame's document does in Firefox. */
function withGoneFrame() {
  document.body.innerHTML = '<p id="a">Macron spoke.</p><p id="b">Keir Starmer spoke.</p>';
  const painted = new Set<Node>();
  const mentions = new PageMentions(document, {
    set: (key) => painted.add(key),
    delete: (key) => painted.delete(key),
  });
  const realm = new MortalRealm();
  const blocks = readBlocks(document.getElementById('b')!, new ElementRules());
  mentions.put(
    realm.wrap(document.getElementById('b')!),
    blocks,
    blocks.map((block) => matcher.find(block.text)),
  );
  putInto(mentions, 'a');
  expect(painted.size).toBe(2);
  return { mentions, painted, realm };
}

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('PageMentions', () => {
  it('shows a needsContext hit only once the entry is confirmed somewhere on the page, and hides it again', () => {
    const { mentions, put, actors } = setup('<p id="a">Keir arrived.</p><p id="b">Keir Starmer said</p>');
    put('a');
    mentions.settle();
    expect(actors()).toEqual([]);
    put('b');
    mentions.settle();
    expect(actors()).toEqual(['Keir', 'Keir Starmer']);
    document.getElementById('b')!.remove();
    mentions.sweep((container) => container.isConnected);
    mentions.settle();
    expect(actors()).toEqual([]);
  });

  it('walks the page to order its report only when a mention is shown', () => {
    const { mentions, put } = setup('<p id="a">Keir arrived.</p><p id="b">Keir Starmer said</p>');
    const walks = vi.spyOn(document, 'createTreeWalker');
    put('a');
    expect(mentions.snapshot().mentions).toEqual([]);
    expect(walks).not.toHaveBeenCalled();
    put('b');
    expect(mentions.snapshot().mentions.map((mention) => mention.text)).toEqual(['Keir', 'Keir Starmer']);
    expect(walks).toHaveBeenCalledTimes(1);
    walks.mockRestore();
  });

  it('shows a generic entry once a specific one is read, later, in the main text, and repaints at settle', () => {
    const { mentions, put, actors } = setup(
      '<p id="a">NATO met.</p><p id="b">Later that day, in a long statement read to the press, Macron said he agreed.</p>',
      gatedMatcher,
    );
    put('a');
    mentions.settle();
    expect(actors()).toEqual([]);
    expect(namedVerdict(mentions.snapshot().topic, idOf)).toMatchObject({ onTopic: false, hidden: ['nato'] });
    put('b');
    mentions.settle();
    expect(actors()).toEqual(['NATO', 'Macron']);
    expect(namedVerdict(mentions.snapshot().topic, idOf)).toMatchObject({
      onTopic: true,
      evidence: ['macron'],
    });
    mentions.configure({ topicGate: false });
    document.getElementById('b')!.remove();
    mentions.sweep((container) => container.isConnected);
    mentions.settle();
    expect(actors()).toEqual(['NATO']);
  });

  it('reports counts and first positions in reading order, shown mentions only', () => {
    const { mentions, put } = setup(
      '<p id="a">NATO and Macron; the reassurance force</p><div id="host"></div><p id="b">Macron, UN</p>',
    );
    const shadow = document.getElementById('host')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p id="s">coalition of the willing, Macron</p>';
    put('b');
    const inner = shadow.getElementById('s')!;
    const blocks = readBlocks(inner, new ElementRules());
    mentions.put(
      inner,
      blocks,
      blocks.map((block) => matcher.find(block.text)),
    );
    put('a');
    mentions.settle();
    expect(namedCounts(mentions.snapshot().summaries, idOf)).toEqual([
      { id: 'nato', count: 1, first: 0 },
      { id: 'macron', count: 3, first: 1 },
      { id: 'coalition', count: 1, first: 2 },
      { id: 'un', count: 1, first: 5 },
    ]);
  });

  it('unpaints a container whose new read has no hits', () => {
    const { mentions, put, actors } = setup('<p id="a">Macron</p>');
    put('a');
    expect(actors()).toEqual(['Macron']);
    document.getElementById('a')!.textContent = 'nobody';
    put('a');
    expect(actors()).toEqual([]);
    expect(mentions.snapshot().summaries).toEqual([]);
  });

  it('repaints a container read again in place, without unpainting it first', () => {
    document.body.innerHTML = '<p id="a">Macron</p>';
    const { calls, mentions } = recording();
    putInto(mentions, 'a');
    document.getElementById('a')!.textContent = 'Macron and Starmer';
    putInto(mentions, 'a');
    expect(calls).toEqual(['set a', 'set a']);
  });

  it('stops repainting a container for an entry once a new read of it has lost that entry', () => {
    document.body.innerHTML = '<p id="a">Keir arrived.</p><p id="b">Keir Starmer said</p>';
    const { calls, mentions } = recording();
    putInto(mentions, 'a');
    putInto(mentions, 'b');
    mentions.settle();
    document.getElementById('a')!.textContent = 'Nobody arrived.';
    putInto(mentions, 'a');
    calls.length = 0;
    document.getElementById('b')!.remove();
    mentions.sweep((container) => container.isConnected);
    mentions.settle();
    expect(calls).toEqual(['delete b']);
  });

  it('drops a container whose document is gone, without asking keep, and leaves it out of the report', () => {
    const { mentions, painted, realm } = withGoneFrame();
    realm.kill();
    mentions.sweep((container) => container.isConnected);
    expect([...painted]).toEqual([document.getElementById('a')]);
  });

  it('leaves out of its report a container whose document went since the last sweep', () => {
    const { mentions, painted, realm } = withGoneFrame();
    realm.kill();
    expect(mentions.snapshot().mentions.map((mention) => mention.text)).toEqual(['Macron']);
    expect([...painted]).toEqual([document.getElementById('a')]);
  });
});

/** PageMentions over a painter that records its calls by container id. */
function recording() {
  const calls: string[] = [];
  const painter = {
    set: (key: Node) => calls.push(`set ${(key as Element).id}`),
    delete: (key: Node) => calls.push(`delete ${(key as Element).id}`),
  };
  return { calls, mentions: new PageMentions(document, painter) };
}
