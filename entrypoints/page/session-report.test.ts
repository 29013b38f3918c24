import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PageMention, PageSnapshot } from '@/utils/engine/page-mentions';
import { NO_VERDICT, type TopicVerdict } from '@/utils/mention-rules';
import { call } from '@/utils/protocol/call';
import type { CallPayload } from '@/utils/protocol/calls';
import { REPORT_DELAY_MS, SessionReport } from './session-report';

/** The background's answer to a report: the ids of its entries, by the numbers this test gives them. */
const IDS: Record<number, string> = { 4: 'macron', 9: 'un' };
vi.mock('@/utils/protocol/call', () => ({
  call: vi.fn(async (_name: string, payload: CallPayload<'page.report'>) =>
    payload.mentions.map((mention) => IDS[mention.entry]),
  ),
}));
const mockedCall = vi.mocked(call);

const EPOCH = 'epoch-1';
const ON_TOPIC: TopicVerdict<number> = { ...NO_VERDICT, onTopic: true };
const SUMMARY = { entry: 4, count: 2, first: 0 };

/** A snapshot source that counts how often it was asked. */
function snapshots(topic: TopicVerdict<number> = ON_TOPIC) {
  const asked = { count: 0 };
  const take = (done: (snapshot: PageSnapshot) => void) => {
    asked.count++;
    done({ summaries: [SUMMARY], mentions: [{} as PageMention], topic });
  };
  return { asked, take };
}

const reports = () =>
  mockedCall.mock.calls
    .filter(([name]) => name === 'page.report')
    .map(([, payload]) => payload as CallPayload<'page.report'>);

afterEach(() => {
  vi.useRealTimers();
  mockedCall.mockClear();
});

describe('SessionReport', () => {
  it('sends one report for a burst, once the page has been quiet for the delay', () => {
    vi.useFakeTimers();
    const { asked, take } = snapshots();
    const report = new SessionReport({ win: window, epoch: () => EPOCH, snapshotSoon: take });
    report.soon();
    vi.advanceTimersByTime(REPORT_DELAY_MS - 1);
    report.soon();
    vi.advanceTimersByTime(REPORT_DELAY_MS - 1);
    expect(asked.count).toBe(0);
    vi.advanceTimersByTime(1);
    expect(asked.count).toBe(1);
    expect(reports()).toEqual([
      { epoch: EPOCH, mentions: [SUMMARY], topic: ON_TOPIC, url: window.location.href },
    ]);
  });

  it("finds a reported entry's number by the id the background answered with, and no other", async () => {
    vi.useFakeTimers();
    const report = new SessionReport({ win: window, epoch: () => EPOCH, snapshotSoon: snapshots().take });
    report.soon();
    vi.advanceTimersByTime(REPORT_DELAY_MS);
    expect(report.entryOf('macron')).toBeUndefined();
    await vi.waitFor(() => expect(report.entryOf('macron')).toBe(4));
    expect([report.entryOf('un'), report.entryOf('4')]).toEqual([undefined, undefined]);
    report.destroy();
    await vi.waitFor(() => expect(report.entryOf('macron')).toBeUndefined());
  });

  it('sends the last report again when asked, and an empty one before any scan settled', () => {
    vi.useFakeTimers();
    const report = new SessionReport({ win: window, epoch: () => EPOCH, snapshotSoon: snapshots().take });
    report.again();
    report.soon();
    vi.advanceTimersByTime(REPORT_DELAY_MS);
    report.again();
    expect(reports().map((sent) => sent.mentions.length)).toEqual([0, 1, 1]);
  });

  it('sends a report again in the epoch its numbers were found in, and hands on the mentions with it', () => {
    vi.useFakeTimers();
    let epoch = EPOCH;
    const heard: string[] = [];
    const report = new SessionReport({
      win: window,
      epoch: () => epoch,
      snapshotSoon: snapshots().take,
      onMentions: (_, of) => heard.push(of),
    });
    report.soon();
    vi.advanceTimersByTime(REPORT_DELAY_MS);
    epoch = 'epoch-2';
    report.again();
    expect(reports().map((sent) => sent.epoch)).toEqual([EPOCH, EPOCH]);
    expect(heard).toEqual([EPOCH]);
  });

  it('says so when the background reads numbers of another epoch only, and keeps no ids of that report', async () => {
    vi.useFakeTimers();
    let stale = 0;
    const report = new SessionReport({
      win: window,
      epoch: () => 'an-epoch-gone',
      snapshotSoon: snapshots().take,
      onStale: () => stale++,
    });
    mockedCall.mockResolvedValueOnce(null as never);
    report.soon();
    vi.advanceTimersByTime(REPORT_DELAY_MS);
    await vi.waitFor(() => expect(stale).toBe(1));
    expect(report.entryOf('macron')).toBeUndefined();
  });

  it('drops a pending report when stopped, and reports the page empty', () => {
    vi.useFakeTimers();
    const heard: number[] = [];
    const { asked, take } = snapshots();
    const report = new SessionReport({
      win: window,
      epoch: () => EPOCH,
      snapshotSoon: take,
      onMentions: (mentions) => heard.push(mentions.length),
    });
    report.soon();
    report.destroy();
    vi.advanceTimersByTime(REPORT_DELAY_MS * 2);
    expect(asked.count).toBe(0);
    expect(reports()).toEqual([{ epoch: EPOCH, mentions: [], topic: NO_VERDICT, url: window.location.href }]);
    expect(heard).toEqual([0]);
  });
});
