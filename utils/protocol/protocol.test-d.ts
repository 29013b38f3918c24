import { describe, expectTypeOf, test } from 'vitest';
import type { MatcherWire } from '@/utils/matcher/matcher-wire';
import { call } from './call';
import type { CallPayload, CallResult, CheckedPayload } from './calls';
import { onEvent, onTabCommand } from './listen';
import type { Handlers } from './router';
import { broadcast, emit, sendToTab } from './send';

// Type tests: `tsc --noEmit` checks this file, vitest does not run it (it runs *.test.ts only). Each expected
// error below marks code that disagrees with a schema in calls.ts, events.ts or tab-commands.ts: were the types
// written apart from the schemas, that code would compile, and tsc would fail on the unused directive.

const signal = new AbortController().signal;
const handlers = {} as Handlers;
const matcher = {} as MatcherWire;

describe('requests', () => {
  test('types come from the schemas: what callers send, what handlers get, what the answer is', () => {
    expectTypeOf<CheckedPayload<'kb.draft'>>().toEqualTypeOf<{ id: string }>();
    expectTypeOf<CallPayload<'page.mentions'>>().toEqualTypeOf<{ tabId: number }>();
    expectTypeOf<CallResult<'page.mentions'>['mentions']>().toEqualTypeOf<
      { id: string; count: number; first: number }[]
    >();
    expectTypeOf<CallResult<'page.mentions'>['topic']>().toEqualTypeOf<{
      gate: boolean;
      onTopic: boolean;
      evidence: string[];
      hidden: string[];
    } | null>();
    expectTypeOf<CallPayload<'kb.importCommit'>['mode']>().toEqualTypeOf<'merge' | 'replace'>();
  });

  test('a handler must read the fields its payload schema names', () => {
    handlers['kb.draft'] = async ({ id }) => (id ? null : null);
    // @ts-expect-error the kb.draft schema says { id }: there is no entryId
    handlers['kb.draft'] = async ({ entryId }) => (entryId ? null : null);
    // @ts-expect-error page.report's mentions carry no name
    handlers['page.report'] = async ({ mentions }) => (mentions[0]?.name ? null : null);
  });

  test('a handler must answer what the reply schema says', () => {
    handlers['kb.matcher'] = async () => ({ version: 3, epoch: 'e', matcher, facts: { outlets: {} } });
    // @ts-expect-error the version is a number
    handlers['kb.matcher'] = async () => ({ version: '3', epoch: 'e', matcher, facts: { outlets: {} } });
    // @ts-expect-error a matcher goes with the epoch of its entry numbers
    handlers['kb.matcher'] = async () => ({ version: 3, matcher, facts: { outlets: {} } });
    // @ts-expect-error kb.undoDelete answers null
    handlers['kb.undoDelete'] = async () => true;
  });

  test('a caller must send the payload its schema accepts', () => {
    void call('kb.draft', { id: 'macron' });
    // @ts-expect-error the kb.draft schema says { id }
    void call('kb.draft', { entryId: 1 });
    // @ts-expect-error kb.importCommit's mode is merge or replace
    void call('kb.importCommit', { importId: 'x', mode: 'append' });
    // @ts-expect-error there is no such request
    void call('kb.nope', {});
  });

  test('a caller gets the answer its reply schema gives', async () => {
    const { mentions } = await call('page.mentions', { tabId: 7 });
    expectTypeOf(mentions[0]?.count).toEqualTypeOf<number | undefined>();
    // @ts-expect-error a mention summary has no name
    void mentions[0]?.name;
  });
});

describe('events', () => {
  test('a listener reads only the fields of its event', () => {
    onEvent('page.reported', (event) => expectTypeOf(event.tabId).toBeNumber(), signal);
    // @ts-expect-error kb.changed carries a version, not a tab id
    onEvent('kb.changed', (event) => event.tabId, signal);
    // @ts-expect-error there is no such event
    onEvent('kb.deleted', () => undefined, signal);
  });

  test('a sender must send the fields its event schema names', () => {
    void broadcast({ type: 'kb.changed', version: 2 });
    // @ts-expect-error kb.changed has no tab id
    void broadcast({ type: 'kb.changed', tabId: 2 });
    // @ts-expect-error page.reported needs its tab id
    void emit({ type: 'page.reported' });
  });
});

describe('tab commands', () => {
  test('a command must have the shape its schema names', () => {
    void sendToTab(7, { type: 'page.step', direction: -1 });
    // @ts-expect-error a step goes one mention forward or back
    void sendToTab(7, { type: 'page.step', direction: 2 });
    // @ts-expect-error page.reveal names the entry as entryId
    void sendToTab(7, { type: 'page.reveal', id: 'macron' });
  });

  test('a command handler must tell the commands apart before reading their fields', () => {
    onTabCommand((command) => {
      if (command.type === 'page.reveal') expectTypeOf(command.entryId).toBeString();
      // @ts-expect-error only page.reveal has an entryId
      else void command.entryId;
    }, signal);
  });
});
