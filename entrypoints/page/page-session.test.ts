import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  fakeEnv,
  fakeIntersections,
  manualIdle,
  paintedText,
  TEST_ALIASES,
  withGeneric,
} from '@/tests/helpers/engine-env';
import { namedCounts, namedMatcher, namedVerdict } from '@/tests/helpers/named-matcher';
import { HIGHLIGHT_NAMES } from '@/utils/engine/highlight-env';
import { matcherDataSteps } from '@/utils/matcher/compile-matcher';
import { toWire } from '@/utils/matcher/matcher-wire';
import { finish } from '@/utils/matcher/steps';
import { NO_VERDICT } from '@/utils/mention-rules';
import { call } from '@/utils/protocol/call';
import type { CallName, CallPayload } from '@/utils/protocol/calls';
import { type Session, startSession } from './page-session';
import { REPORT_DELAY_MS } from './session-report';

vi.mock('@/utils/protocol/call', () => ({ call: vi.fn() }));
const mockedCall = vi.mocked(call);

/** NATO and the UN are generic, as in the starter pack: shown only on pages about the topic. */
const GATED = withGeneric(TEST_ALIASES, ['nato', 'un']);
const FACTS = { outlets: {} };
let version = 1;
let aliases = GATED;
let session: Session | undefined;

/** The matcher the background would send for these aliases. */
const packed = (records: typeof TEST_ALIASES) => toWire(finish(matcherDataSteps(records)));

/** Lets the session's posted tasks run: the matcher's unpacking may pause for a task of its own between steps. */
async function postedTasks(): Promise<void> {
  for (let i = 0; i < 10; i++) {
    const channel = new MessageChannel();
    await new Promise((resolve) => {
      channel.port1.onmessage = resolve;
      channel.port2.postMessage(null);
    });
    channel.port1.close();
  }
}

/** Lets pending promises (the matcher fetch) and the unpacking's steps settle. */
const settle = async () => {
  await new Promise((resolve) => setTimeout(resolve, 0));
  await postedTasks();
};

/** The sender of the background's messages: our own extension. */
const OWN = { id: fakeBrowser.runtime.id };

/** A pageshow event; happy-dom's PageTransitionEvent ignores `persisted` in its init. */
const pageshow = (persisted: boolean) => Object.assign(new Event('pageshow'), { persisted });

const calls = (type: CallName) =>
  mockedCall.mock.calls.filter(([name]) => name === type).map(([, payload]) => payload);

/** The epoch the fake background numbers entries in, and the one it reads now (a report of another gets null). */
const EPOCH = 'epoch-1';
let reading = EPOCH;

/** The page's reports, their entries named by id as the background would read them. */
const reports = () =>
  (calls('page.report') as CallPayload<'page.report'>[]).map(({ mentions, topic, ...report }) => {
    const { idOf } = namedMatcher(aliases);
    return { ...report, mentions: namedCounts(mentions, idOf), topic: namedVerdict(topic, idOf) };
  });

function start(idleMs?: number) {
  const env = fakeEnv();
  const idle = manualIdle(idleMs);
  session = startSession({
    win: window,
    requestIdle: idle.requestIdle,
    envOf: () => env,
    createObserver: fakeIntersections().createObserver,
  });
  return { env, idle, actors: () => paintedText(env, HIGHLIGHT_NAMES.actor) };
}

beforeEach(() => {
  fakeBrowser.reset();
  version = 1;
  aliases = GATED;
  reading = EPOCH;
  document.body.innerHTML = '<p>Macron met Keir Starmer.</p>';
  mockedCall.mockReset();
  mockedCall.mockImplementation(async (type, payload) => {
    if (type === 'kb.matcher')
      return { version, epoch: reading, matcher: await packed(aliases), facts: FACTS } as never;
    if (type !== 'page.report') return null as never;
    const report = payload as CallPayload<'page.report'>;
    if (report.epoch !== reading && report.mentions.length > 0) return null as never;
    const { idOf } = namedMatcher(aliases);
    return report.mentions.map((mention) => idOf(mention.entry)) as never;
  });
});

afterEach(() => {
  session?.destroy();
  session = undefined;
  vi.useRealTimers();
});

describe('startSession', () => {
  it('fetches aliases, highlights, and reports in an idle slice once the scan has been quiet for the delay', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { idle, actors } = start();
    await vi.advanceTimersByTimeAsync(0);
    await postedTasks();
    idle.flush();
    expect(actors()).toEqual(['Macron', 'Keir Starmer']);
    await vi.advanceTimersByTimeAsync(REPORT_DELAY_MS - 1);
    expect(calls('page.report')).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls('page.report')).toEqual([]);
    idle.flush();
    expect(reports()).toEqual([
      {
        epoch: EPOCH,
        mentions: [
          { id: 'macron', count: 1, first: 0 },
          { id: 'starmer', count: 1, first: 1 },
        ],
        topic: { gate: true, onTopic: false, evidence: [], hidden: [] },
        url: location.href,
      },
    ]);
  });

  it('asks for the matcher again when its report is of an epoch the background no longer reads, and reports in the new one', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { idle } = start();
    await vi.advanceTimersByTimeAsync(0);
    await postedTasks();
    idle.flush();
    reading = 'epoch-2';
    await vi.advanceTimersByTimeAsync(REPORT_DELAY_MS);
    idle.flush();
    await vi.advanceTimersByTimeAsync(0);
    await postedTasks();
    idle.flush();
    expect(calls('kb.matcher')).toHaveLength(2);
    expect(session!.epoch()).toBe('epoch-2');
    await vi.advanceTimersByTimeAsync(REPORT_DELAY_MS);
    idle.flush();
    expect(reports().map((report) => [report.epoch, report.mentions.length])).toEqual([
      [EPOCH, 2],
      ['epoch-2', 2],
    ]);
  });

  it('refetches and rescans on a newer kb.changed, and ignores stale ones', async () => {
    const { idle, actors } = start();
    await settle();
    idle.flush();
    version = 2;
    aliases = GATED.filter((record) => record.entryId !== 'macron');
    await fakeBrowser.runtime.onMessage.trigger({ type: 'kb.changed', version: 2 }, OWN, () => {});
    await settle();
    idle.flush();
    expect(actors()).toEqual(['Keir Starmer']);
    await fakeBrowser.runtime.onMessage.trigger({ type: 'kb.changed', version: 2 }, OWN, () => {});
    await fakeBrowser.runtime.onMessage.trigger({ type: 'other' }, OWN, () => {});
    expect(calls('kb.matcher')).toHaveLength(2);
  });

  it('rescans with a newer knowledge base that arrives mid-scan, keeping nothing of the older one', async () => {
    document.body.innerHTML = '<div><p>Macron met Keir Starmer.</p></div><p>Macron again.</p>';
    let clock = 0;
    // Each reading of the clock spends a whole slice budget, so the first slice reads one container only.
    const slow = vi.spyOn(performance, 'now').mockImplementation(() => (clock += 10));
    const { idle, actors } = start(0);
    await settle();
    slow.mockRestore();
    expect(actors()).toEqual(['Macron', 'Keir Starmer']);
    version = 2;
    aliases = GATED.filter((record) => record.entryId !== 'starmer');
    await fakeBrowser.runtime.onMessage.trigger({ type: 'kb.changed', version: 2 }, OWN, () => {});
    await settle();
    idle.flush();
    expect(actors()).toEqual(['Macron', 'Macron']);
  });

  it('scans with the matcher asked for while the page parsed, without asking again', async () => {
    const early = packed(GATED).then((matcher) => ({ version: 1, epoch: 'early', matcher, facts: FACTS }));
    const env = fakeEnv();
    const idle = manualIdle();
    session = startSession({
      win: window,
      requestIdle: idle.requestIdle,
      envOf: () => env,
      createObserver: fakeIntersections().createObserver,
      matcher: early,
    });
    await settle();
    idle.flush();
    expect(paintedText(env, HIGHLIGHT_NAMES.actor)).toEqual(['Macron', 'Keir Starmer']);
    expect(calls('kb.matcher')).toHaveLength(0);
    expect(session.epoch()).toBe('early');
  });

  it('stops cleanly: unpaints, stops listening, and clears its report', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { env, idle } = start();
    await vi.advanceTimersByTimeAsync(0);
    idle.flush();
    await vi.advanceTimersByTimeAsync(REPORT_DELAY_MS);
    idle.flush();
    session!.destroy();
    session = undefined;
    expect(env.registry.size).toBe(0);
    expect(reports().at(-1)).toEqual({ epoch: EPOCH, mentions: [], topic: NO_VERDICT, url: location.href });
    await fakeBrowser.runtime.onMessage.trigger({ type: 'kb.changed', version: 9 }, OWN, () => {});
    expect(calls('kb.matcher')).toHaveLength(1);
  });

  it('reports after every settled scan, and again when the page is restored from the back/forward cache', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { idle } = start();
    await vi.advanceTimersByTimeAsync(0);
    idle.flush();
    await vi.advanceTimersByTimeAsync(REPORT_DELAY_MS);
    idle.flush();
    document.body.append(document.createElement('p'));
    await vi.advanceTimersByTimeAsync(0);
    idle.flush();
    await vi.advanceTimersByTimeAsync(REPORT_DELAY_MS);
    idle.flush();
    expect(calls('page.report')).toHaveLength(2);
    window.dispatchEvent(pageshow(false));
    expect(calls('page.report')).toHaveLength(2);
    window.dispatchEvent(pageshow(true));
    expect(calls('page.report')).toHaveLength(3);
    expect(calls('page.report').at(-1)).toEqual(calls('page.report')[0]);
  });

  it('reports again when the background says the tab moved to another URL, and only when it is this extension', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { idle } = start();
    await vi.advanceTimersByTimeAsync(0);
    idle.flush();
    await vi.advanceTimersByTimeAsync(REPORT_DELAY_MS);
    idle.flush();
    expect(calls('page.report')).toHaveLength(1);
    await fakeBrowser.runtime.onMessage.trigger(
      { type: 'page.reportAgain' },
      { id: 'another-extension' },
      () => {},
    );
    expect(calls('page.report')).toHaveLength(1);
    await fakeBrowser.runtime.onMessage.trigger({ type: 'page.reportAgain' }, OWN, () => {});
    expect(calls('page.report')).toHaveLength(2);
    expect(calls('page.report')[1]).toEqual(calls('page.report')[0]);
  });

  it('hides generic entries off topic, shows them once the reader turns the gate off, and reports each verdict', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    document.body.innerHTML = '<p>NATO met.</p>';
    const { idle, actors } = start();
    await vi.advanceTimersByTimeAsync(0);
    idle.flush();
    await vi.advanceTimersByTimeAsync(REPORT_DELAY_MS);
    idle.flush();
    expect(actors()).toEqual([]);
    expect(reports().at(-1)).toMatchObject({
      mentions: [],
      topic: { onTopic: false, hidden: ['nato'] },
    });
    session!.setTopicGate(false);
    expect(actors()).toEqual(['NATO']);
    await vi.advanceTimersByTimeAsync(REPORT_DELAY_MS);
    idle.flush();
    expect(reports().at(-1)).toMatchObject({
      mentions: [{ id: 'nato', count: 1, first: 0 }],
      topic: { gate: false, hidden: [] },
    });
  });

  it('shows generic entries as soon as a specific one appears in the main text later (infinite scroll)', async () => {
    document.body.innerHTML = '<p>NATO met.</p>';
    const { idle, actors } = start();
    await settle();
    idle.flush();
    expect(actors()).toEqual([]);
    const more = document.createElement('p');
    more.textContent =
      'Later that day, in a statement read out to the press, Macron said he agreed with them.';
    document.body.append(more);
    await settle();
    idle.flush();
    expect(actors()).toEqual(['NATO', 'Macron']);
  });
});
