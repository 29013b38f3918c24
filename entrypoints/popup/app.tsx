import { useEffect, useMemo, useState } from 'preact/hooks';
import { ImportView } from '@/components/popup/import-view';
import type { Halted } from '@/components/popup/on-this-page';
import { PacksView } from '@/components/popup/packs-view';
import { PopupLayout, tabLabel } from '@/components/popup/popup-layout';
import { SettingsView } from '@/components/popup/settings-view';
import type { PopupTab, Settings } from '@/components/popup/types';
import { t } from '@/utils/i18n/t';
import { EntriesPanel } from './entries-panel';
import { type Notice, Notices, type Notify } from './notices';
import { openDossier, openInTab, revealEntry } from './page-actions';
import { PagePanel } from './page-panel';
import { PopupHeader } from './popup-header';
import type { PopupRoute } from './route';
import { UndoBar } from './undo-bar';
import { useClearLog } from './use-clear-log';
import { useCurrentTab } from './use-current-tab';
import { useEditor } from './use-editor';
import { useEntries } from './use-entries';
import { useImport } from './use-import';
import { usePacks } from './use-packs';
import { usePageMentions } from './use-page-mentions';
import { useSettings } from './use-settings';
import { useStarter } from './use-starter';
import { useUndo } from './use-undo';

/** Props of {@link App}. */
export interface AppProps {
  /** The popup's URL as read at start: layout, pinned tab, and the editor to open. */
  route: PopupRoute;
}

/** Whether the reader stopped highlighting on the current tab's site: paused everywhere, or off on that site. */
function haltedOn(settings: Settings | null, site: string | null): Halted | undefined {
  if (settings?.paused) return { why: 'paused' };
  if (settings && site && settings.disabledSites.includes(site)) return { why: 'site', site };
  return undefined;
}

/**
 * The popup shell, and the only popup code that talks to the background: it loads and refreshes the data, keeps
 * settings in storage, and wires the presentational views in components/popup to requests and messages.
 */
export function App({ route }: AppProps) {
  const [notice, setNotice] = useState<Notice | null>(null);
  const notify = useMemo<Notify>(
    () => ({
      error: (text) => setNotice({ kind: 'error', text }),
      status: (text) => setNotice({ kind: 'status', text }),
    }),
    [],
  );
  const [tab, setTab] = useState<PopupTab>(route.open ? 'entries' : 'page');
  const current = useCurrentTab(route.fromTab);
  const entries = useEntries(notify);
  const onPage = usePageMentions(current?.id ?? null, entries);
  const settings = useSettings(notify);
  const readingLog = useClearLog();
  const undo = useUndo(notify);
  const editor = useEditor(notify, undo.offer);
  const importer = useImport(notify, undo.offerBulk);
  const packs = usePacks(notify, undo.offerBulk);
  const starter = useStarter(notify, undo.offerBulk);

  const { open } = route;
  useEffect(() => {
    if (open?.kind === 'entry') editor.open(open.id);
    else if (open?.kind === 'new') editor.create(open.prefill);
  }, [open]);

  const select = (next: PopupTab) => {
    setNotice(null);
    setTab(next);
  };

  const halted = haltedOn(settings.settings, current?.site ?? null);
  const resume = () => {
    const now = settings.settings;
    if (!now || !halted) return;
    if (halted.why === 'paused') settings.save({ ...now, paused: false });
    else settings.save({ ...now, disabledSites: now.disabledSites.filter((site) => site !== halted.site) });
  };

  function panel() {
    switch (tab) {
      case 'page':
        return (
          <PagePanel
            known={{
              mentions: onPage.mentions,
              topic: onPage.topic,
              halted,
              onResume: resume,
              onChoose: (id) => current && void revealEntry(current, id),
            }}
            tabId={current?.id ?? null}
            entries={entries}
            editor={editor}
            notify={notify}
            onEdit={() => select('entries')}
          />
        );
      case 'entries':
        return <EntriesPanel entries={entries} editor={editor} wide={route.wide} />;
      case 'packs':
        return <PacksView {...packs} />;
      case 'import':
        return (
          <ImportView
            preview={importer.preview}
            error={importer.error}
            busy={importer.busy}
            progress={importer.progress}
            onPickFile={importer.pickFile}
            onConfirm={importer.confirm}
            onExportAll={() => importer.exportPack(null)}
            onExportPage={() => importer.exportPack(onPage.mentions.map((mention) => mention.entry.id))}
            pageCount={onPage.mentions.length}
          />
        );
      case 'settings':
        return settings.settings ? (
          <SettingsView
            settings={settings.settings}
            currentSite={current?.site ?? null}
            onChange={settings.save}
            onRestoreStarter={starter.ask}
            onClearLog={readingLog.clear}
            logClearing={readingLog.clearing}
            reinstall={
              starter.preview
                ? {
                    preview: starter.preview,
                    busy: starter.busy,
                    onConfirm: starter.confirm,
                    onCancel: starter.cancel,
                  }
                : undefined
            }
          />
        ) : (
          <p class="fl-empty">{t('loading_settings')}</p>
        );
    }
  }

  return (
    <>
      <PopupHeader
        wide={route.wide}
        onOpenInTab={() => void openInTab(current)}
        onOpenDossier={() => void openDossier(current)}
      />
      <main class="fl-main">
        <PopupLayout active={tab} onSelect={select}>
          <h2 class="fl-visually-hidden">{tabLabel(tab)}</h2>
          <Notices notice={notice} onDismiss={() => setNotice(null)} />
          {panel()}
        </PopupLayout>
        {undo.text && <UndoBar text={undo.text} onUndo={undo.undo} onDismiss={undo.dismiss} />}
      </main>
    </>
  );
}
