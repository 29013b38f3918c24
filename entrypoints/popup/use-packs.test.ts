import { act, renderHook, waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  PACK_URL,
  removalPreview,
  subscribedPack,
  subscriptionPreview,
} from '@/tests/helpers/subscription-fixtures';
import type { call } from '@/utils/protocol/call';
import type { CallName, CallPayload, CallResult } from '@/utils/protocol/calls';
import type { PacksLink } from './packs-link';
import { usePacks } from './use-packs';

type Answers = { [M in CallName]?: (payload: CallPayload<M>) => CallResult<M> | Promise<CallResult<M>> };

const point = { id: 'undo-9', label: 'The removal of “Peace talks”' };
const summary = { added: 0, updated: 1, unchanged: 0, removed: 2, kept: 1, undo: point };

/** A link whose background answers `answers` (and lists one subscribed pack), and whose prompt answers `granted`. */
function fakeLink(answers: Answers, granted = true) {
  const sent: [CallName, unknown][] = [];
  const fake = async (type: CallName, payload: unknown) => {
    sent.push([type, payload]);
    const handler = {
      'packs.list': () => ({ installed: [subscribedPack()], available: [] }),
      ...answers,
    }[type] as ((payload: unknown) => unknown) | undefined;
    if (!handler) throw new Error(`unexpected ${type}`);
    return handler(payload);
  };
  const permissions = { request: vi.fn(async (_: { origins: string[] }) => granted) };
  const link: PacksLink = { call: fake as typeof call, permissions };
  const requests = (type: CallName) => sent.filter(([name]) => name === type).map(([, payload]) => payload);
  return { link, permissions, requests };
}

async function setup(answers: Answers, granted = true) {
  const fake = fakeLink(answers, granted);
  const notify = { error: vi.fn(), status: vi.fn() };
  const offerUndo = vi.fn();
  const hook = renderHook(() => usePacks(notify, offerUndo, fake.link));
  await waitFor(() => expect(hook.result.current.packs).toHaveLength(1));
  return { ...fake, notify, offerUndo, current: () => hook.result.current };
}

beforeEach(() => fakeBrowser.reset());

describe('usePacks: subscribing', () => {
  it('refuses a plain http address with its reason, asking neither the browser nor the background', async () => {
    const { permissions, requests, current } = await setup({});
    act(() => current().subscribe.onPreview('http://packs.example.org/peace.json'));
    expect(current().subscribe.error).toContain('Only https addresses are accepted');
    expect(permissions.request).not.toHaveBeenCalled();
    expect(requests('packs.subscribePreview')).toEqual([]);
  });

  it('asks for this host alone in the click itself, and a refusal says so and changes nothing', async () => {
    const { permissions, requests, current } = await setup({}, false);
    act(() => {
      current().subscribe.onPreview(PACK_URL);
      expect(permissions.request).toHaveBeenCalledExactlyOnceWith({
        origins: ['https://packs.example.org/*'],
      });
    });
    await waitFor(() => expect(current().subscribe.busy).toBe(false));
    expect(current().subscribe.error).toBe(
      'Fact Linker was not allowed to reach packs.example.org: nothing was fetched and nothing changed.',
    );
    expect(current().subscribe.preview).toBeNull();
    expect(requests('packs.subscribePreview')).toEqual([]);
  });

  it('previews once allowed, then subscribes with the reader’s choices and offers the undo', async () => {
    const { requests, current, offerUndo, notify } = await setup({
      'packs.subscribePreview': () => subscriptionPreview(),
      'packs.subscribe': () => ({ ...summary, removed: 0 }),
    });
    act(() => current().subscribe.onPreview(`${PACK_URL}#v2`));
    await waitFor(() => expect(current().subscribe.preview?.title).toBe('Peace talks'));
    expect(requests('packs.subscribePreview')).toEqual([{ url: PACK_URL }]);
    expect(requests('packs.subscribe')).toEqual([]);
    act(() => current().subscribe.onSubscribe({ 'entries/witkoff': 'theirs' }));
    await waitFor(() => expect(current().subscribe.preview).toBeNull());
    expect(requests('packs.subscribe')).toEqual([
      { url: PACK_URL, choices: { 'entries/witkoff': 'theirs' } },
    ]);
    expect(offerUndo).toHaveBeenCalledExactlyOnceWith(point);
    expect(notify.status).toHaveBeenCalledWith(
      'Subscribed to “Peace talks”: 0 added, 1 updated, 0 unchanged.',
    );
  });

  it('shows the background’s refusal as the form’s error', async () => {
    const { current } = await setup({
      'packs.subscribePreview': () => {
        throw new Error('The address answered 404 Not Found');
      },
    });
    act(() => current().subscribe.onPreview(PACK_URL));
    await waitFor(() =>
      expect(current().subscribe.error).toBe(
        'Could not preview this pack: The address answered 404 Not Found',
      ),
    );
    expect(current().subscribe.preview).toBeNull();
  });
});

describe('usePacks: checking, updating, removing', () => {
  it('says a checked pack is up to date, opening nothing', async () => {
    const { current, notify, requests } = await setup({ 'packs.check': () => ({ status: 'unchanged' }) });
    act(() => current().actions.onCheck('peace'));
    await waitFor(() => expect(notify.status).toHaveBeenCalledWith('“Peace talks” is up to date.'));
    expect(requests('packs.check')).toEqual([{ id: 'peace' }]);
    expect(current().task).toBeNull();
  });

  it('opens the update a check found, and applies it with the choices, offering the undo', async () => {
    const preview = subscriptionPreview();
    const { current, requests, offerUndo } = await setup({
      'packs.check': () => ({ status: 'update', preview }),
      'packs.update': () => summary,
    });
    act(() => current().actions.onCheck('peace'));
    await waitFor(() => expect(current().task).toEqual({ kind: 'update', packId: 'peace', preview }));
    expect(requests('packs.update')).toEqual([]);
    act(() => current().actions.onUpdate('peace', { 'entries/witkoff': 'theirs' }));
    await waitFor(() => expect(current().task).toBeNull());
    expect(requests('packs.update')).toEqual([{ id: 'peace', choices: { 'entries/witkoff': 'theirs' } }]);
    expect(offerUndo).toHaveBeenCalledExactlyOnceWith(point);
  });

  it('asks what a removal takes before removing, then removes and offers the undo', async () => {
    const { current, requests, offerUndo, notify } = await setup({
      'packs.removePreview': () => removalPreview(),
      'packs.remove': () => summary,
    });
    act(() => current().actions.onAskRemove('peace'));
    await waitFor(() => expect(current().task?.kind).toBe('remove'));
    expect(requests('packs.remove')).toEqual([]);
    act(() => current().actions.onRemove('peace'));
    await waitFor(() => expect(offerUndo).toHaveBeenCalledExactlyOnceWith(point));
    expect(requests('packs.remove')).toEqual([{ id: 'peace' }]);
    expect(current().task).toBeNull();
    expect(notify.status).toHaveBeenCalledWith(
      '“Peace talks” removed: 0 added, 1 updated, 0 unchanged, 2 removed.',
    );
  });

  it('switches automatic updates, and reports a failed check with its reason, reloading the packs', async () => {
    const { current, requests, notify } = await setup({
      'packs.setAutoUpdate': ({ on }) => subscribedPack({ autoUpdate: on }),
      'packs.check': () => {
        throw new Error('The address answered 500');
      },
    });
    act(() => current().actions.onAutoUpdate('peace', true));
    await waitFor(() =>
      expect(notify.status).toHaveBeenCalledWith('“Peace talks” will update by itself, keeping your edits.'),
    );
    expect(requests('packs.setAutoUpdate')).toEqual([{ id: 'peace', on: true }]);
    const lists = requests('packs.list').length;
    act(() => current().actions.onCheck('peace'));
    await waitFor(() =>
      expect(notify.error).toHaveBeenCalledWith('Could not check for updates: The address answered 500'),
    );
    await waitFor(() => expect(requests('packs.list').length).toBe(lists + 1));
    expect(current().busy).toBeNull();
  });
});
