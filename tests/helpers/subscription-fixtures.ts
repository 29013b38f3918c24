import { vi } from 'vitest';
import type { PackActions, SubscribeProps } from '@/components/popup/pack-tasks';
import type { InstalledPack } from '@/utils/installed-pack';
import type { PackRemovalPreview } from '@/utils/store/pack-remove';
import type { SubscriptionPreview } from '@/utils/subscribe/subscription-preview';
import { makeEntry } from './popup-fixtures';

/** The address the subscription tests subscribe to. */
export const PACK_URL = 'https://packs.example.org/peace.json';

/** An installed pack subscribed to {@link PACK_URL}, checked once, with automatic updates off. */
export function subscribedPack(fields: Partial<InstalledPack> = {}): InstalledPack {
  return {
    id: 'peace',
    title: 'Peace talks',
    version: '2026-01-10',
    publisher: 'Example Org',
    counts: { entries: 2, facts: 1, stances: 0 },
    installedAt: Date.UTC(2026, 0, 10),
    updatedAt: Date.UTC(2026, 0, 10),
    enabled: true,
    url: PACK_URL,
    etag: '"v1"',
    lastModified: null,
    checkedAt: Date.UTC(2026, 0, 12),
    lastError: null,
    autoUpdate: false,
    ...fields,
  };
}

const mine = makeEntry({ id: 'witkoff', name: 'Steve Witkoff', role: 'Special envoy' });
const theirs = makeEntry({ id: 'witkoff', name: 'Steve Witkoff', role: 'Special envoy for peace missions' });

/** A preview of {@link PACK_URL}: one entry added, one updated, one kept as edited, one conflict on Witkoff's role. */
export function subscriptionPreview(fields: Partial<SubscriptionPreview> = {}): SubscriptionPreview {
  return {
    packId: 'peace',
    title: 'Peace talks',
    version: '2026-02-01',
    url: PACK_URL,
    creates: [{ collection: 'entries', id: 'kushner', name: 'Jared Kushner' }],
    updates: [
      {
        collection: 'entries',
        id: 'rubio',
        name: 'Marco Rubio',
        changes: [{ field: 'Role', before: 'Senator', after: 'Secretary of State' }],
      },
    ],
    removes: [],
    kept: [{ collection: 'facts', id: 'f1', name: 'Met in Geneva.', reason: 'edited' }],
    conflicts: [
      {
        collection: 'entries',
        id: 'witkoff',
        name: 'Steve Witkoff',
        index: 0,
        base: mine,
        mine,
        theirs,
        changes: [{ field: 'Role', before: 'Special envoy', after: 'Special envoy for peace missions' }],
      },
    ],
    counts: { creates: 1, updates: 1, unchanged: 0, removes: 0, kept: 1, conflicts: 1 },
    problems: [],
    undoable: true,
    ...fields,
  };
}

/** What removing the pack would do: two entries go, one stays as the reader edited it. */
export function removalPreview(fields: Partial<PackRemovalPreview> = {}): PackRemovalPreview {
  return {
    packId: 'peace',
    title: 'Peace talks',
    removes: [
      { collection: 'entries', id: 'kushner', name: 'Jared Kushner' },
      { collection: 'entries', id: 'rubio', name: 'Marco Rubio' },
    ],
    kept: [{ collection: 'entries', id: 'witkoff', name: 'Steve Witkoff', reason: 'edited' }],
    undoable: true,
    ...fields,
  };
}

/** Every PacksView action as a spy. */
export function packActions(): PackActions {
  return {
    onToggle: vi.fn(),
    onInstall: vi.fn(),
    onCheck: vi.fn(),
    onUpdate: vi.fn(),
    onAutoUpdate: vi.fn(),
    onAskRemove: vi.fn(),
    onRemove: vi.fn(),
    onCancelTask: vi.fn(),
  };
}

/** The subscribe form's props with nothing previewed, each callback a spy. */
export function subscribeProps(fields: Partial<SubscribeProps> = {}): SubscribeProps {
  return {
    preview: null,
    error: null,
    busy: false,
    onPreview: vi.fn(),
    onSubscribe: vi.fn(),
    onCancel: vi.fn(),
    ...fields,
  };
}
