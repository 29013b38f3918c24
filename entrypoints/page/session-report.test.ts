import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PageMention, PageSnapshot } from '@/utils/engine/page-mentions';
import { NO_VERDICT, type TopicVerdict } from '@/utils/mention-rules';
import { call } from '@/utils/protocol/call';
import type { CallPayload } from '@/utils/protocol/calls';
import { REPORT_DELAY_MS, SessionReport } from './session-report';

vi.mock('@/utils/protocol/call', () => ({ call: vi.fn(() => Promise.resolve(null)) }));
const mockedCall = vi.mocked(call);

const ON_TOPIC: TopicVerdict = { ...NO_VERDICT, onTopic: true };
const SUMMARY = { id: 'macron', count: 2, first: 0 };

/** A snapshot source that counts how often it was asked. */
function snapshots(topic: TopicVerdict = ON_TOPIC) {
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
    const report = new SessionReport(window, take);
    report.soon();
    vi.advanceTimersByTime(REPORT_DELAY_MS - 1);
    report.soon();
    vi.advanceTimersByTime(REPORT_DELAY_MS - 1);
    expect(asked.count).toBe(0);
    vi.advanceTimersByTime(1);
    expect(asked.count).toBe(1);
    expect(reports()).toEqual([{ mentions: [SUMMARY], topic: ON_TOPIC, url: window.location.href }]);
  });

  it('sends the last report again when asked, and an empty one before any scan settled', () => {
    vi.useFakeTimers();
    const report = new SessionReport(window, snapshots().take);
    report.again();
    report.soon();
    vi.advanceTimersByTime(REPORT_DELAY_MS);
    report.again();
    expect(reports().map((sent) => sent.mentions.length)).toEqual([0, 1, 1]);
  });

  it('drops a pending report when stopped, and reports the page empty', () => {
    vi.useFakeTimers();
    const heard: number[] = [];
    const { asked, take } = snapshots();
    const report = new SessionReport(window, take, (mentions) => heard.push(mentions.length));
    report.soon();
    report.destroy();
    vi.advanceTimersByTime(REPORT_DELAY_MS * 2);
    expect(asked.count).toBe(0);
    expect(reports()).toEqual([{ mentions: [], topic: NO_VERDICT, url: window.location.href }]);
    expect(heard).toEqual([0]);
  });
});
