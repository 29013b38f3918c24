import { render } from '@testing-library/preact';
import type { VNode } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { EntriesView } from '@/components/popup/entries-view';
import { EntryEditor } from '@/components/popup/entry-editor';
import { ImportView } from '@/components/popup/import-view';
import { OnThisPage } from '@/components/popup/on-this-page';
import { PacksView } from '@/components/popup/packs-view';
import { PopupLayout } from '@/components/popup/popup-layout';
import { SettingsView } from '@/components/popup/settings-view';
import { px, withPopupCss } from '@/tests/helpers/popup-css';
import { alias, editorProps, makeEntry } from '@/tests/helpers/popup-fixtures';
import {
  packActions,
  subscribedPack,
  subscribeProps,
  subscriptionPreview,
} from '@/tests/helpers/subscription-fixtures';
import { DEFAULT_SETTINGS } from '@/utils/settings';
import { Notices } from './notices';
import { PopupHeader } from './popup-header';
import { UndoBar } from './undo-bar';

withPopupCss();

const starmer = makeEntry({ id: 'starmer', name: 'Keir Starmer', aliases: [alias('Starmer')] });
const noop = vi.fn();

/** Each interactive element, and its declared minimum size: a checkbox's or radio's is its label's, its target. */
function targets(): { what: string; width: number; height: number }[] {
  const found = document.body.querySelectorAll<HTMLElement>('button, select, summary, input, a[href]');
  return [...found].map((element) => {
    const box = element.matches('[type="checkbox"], [type="radio"]') ? element.closest('label') : element;
    const css = box ? getComputedStyle(box) : null;
    const what = `${element.tagName.toLowerCase()} ${element.textContent || element.getAttribute('type') || ''}`;
    return { what, width: px(css?.minWidth ?? ''), height: px(css?.minHeight ?? '') };
  });
}

const VIEWS: [string, () => VNode][] = [
  ['the header', () => <PopupHeader wide={false} onOpenInTab={noop} onOpenDossier={noop} />],
  ['a notice', () => <Notices notice={{ kind: 'status', text: 'Saved.' }} onDismiss={noop} />],
  ['the undo bar', () => <UndoBar text="Deleted “Keir Starmer”." onUndo={noop} onDismiss={noop} />],
  [
    'the tabs and On this page',
    () => (
      <PopupLayout active="page" onSelect={noop}>
        <OnThisPage mentions={[{ entry: starmer, count: 2 }]} topic={null} onChoose={noop} />
      </PopupLayout>
    ),
  ],
  ['the entries list', () => <EntriesView entries={[starmer]} onOpen={noop} onCreate={noop} />],
  ['the editor', () => <EntryEditor {...editorProps({ entry: starmer })} />],
  [
    'import and export',
    () => (
      <ImportView
        preview={{
          title: 'Pack',
          items: [{ id: 'a', name: 'A', type: 'entry', status: 'new' }],
          removed: [],
          undoable: { merge: true, replace: true },
        }}
        error={null}
        busy={false}
        onPickFile={noop}
        onConfirm={noop}
        onExportAll={noop}
        onExportPage={noop}
        pageCount={2}
      />
    ),
  ],
  [
    'packs, a subscribed one with its update to review',
    () => (
      <PacksView
        packs={[subscribedPack()]}
        available={[{ id: 'bundled', title: 'Bundled', publisher: 'Fact Linker' }]}
        busy={null}
        task={{ kind: 'update', packId: 'peace', preview: subscriptionPreview() }}
        actions={packActions()}
        subscribe={subscribeProps({ preview: subscriptionPreview() })}
      />
    ),
  ],
  [
    'settings',
    () => (
      <SettingsView
        settings={{ ...DEFAULT_SETTINGS, disabledSites: ['example.com'] }}
        currentSite="example.org"
        onChange={noop}
        onRestoreStarter={noop}
        onClearLog={noop}
        logClearing="idle"
      />
    ),
  ],
];

describe('target size (WCAG 2.2, 2.5.8)', () => {
  it.each(VIEWS)('%s: every target is at least 24 × 24 CSS px', (_, view) => {
    render(view());
    const small = targets().filter((target) => target.width < 24 || target.height < 24);
    expect(targets().length).toBeGreaterThan(0);
    expect(small).toEqual([]);
  });
});
