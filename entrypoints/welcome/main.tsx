import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import '@/components/popup/popup-styles.css';
import '@/components/welcome/guide-styles.css';
import { Guide, type GuideShortcut } from '@/components/welcome/guide';
import { tokenSheet } from '@/utils/design/token-css';
import { browserIdle } from '@/utils/engine/browser-idle';
import { highlightStyles, MANIFEST_LOOK } from '@/utils/engine/highlight-styles';
import { readerPresence } from '@/utils/engine/popover/reader-presence';
import { restingPointer } from '@/utils/engine/popover/resting-pointer';
import { messageLanguage, t } from '@/utils/i18n/t';
import { DEFAULT_SETTINGS } from '@/utils/settings';
import { lazyPopover } from '../page/lazy-popover';
import { startSession } from '../page/page-session';
import { startPopover } from '../popover-host/popover-controller';

/** Where each browser lets a reader change an extension's shortcuts (Chromium's is an address, not words). */
const shortcutSettings = (): string =>
  import.meta.env.FIREFOX ? t('guide_shortcuts_firefox') : 'chrome://extensions/shortcuts';

/** The guide's shell: reads the assigned shortcuts and opens the knowledge base in a tab. */
function Welcome() {
  const [shortcuts, setShortcuts] = useState<GuideShortcut[] | null>(null);
  useEffect(() => {
    browser.commands
      .getAll()
      .then((commands) =>
        setShortcuts(
          commands
            .filter((command) => command.name?.endsWith('-mention'))
            .map((command) => ({ description: command.description ?? '', shortcut: command.shortcut ?? '' })),
        ),
      );
  }, []);
  const openKnowledgeBase = () =>
    void browser.tabs.create({ url: browser.runtime.getURL('/popup.html?view=tab') });
  return (
    <Guide
      shortcuts={shortcuts}
      shortcutSettings={shortcutSettings()}
      onOpenKnowledgeBase={openKnowledgeBase}
    />
  );
}

document.documentElement.lang = messageLanguage();
document.title = t('guide_page_title');

// The design tokens the popup's and the guide's stylesheets refer to.
const tokens = document.createElement('style');
tokens.textContent = tokenSheet(':root');
document.head.prepend(tokens);
render(<Welcome />, document.getElementById('app')!);

// The page script does not run on extension pages, so the guide runs the same engine itself: the demo paragraph is
// highlighted from the reader's own knowledge base and its cards open as they would on any page.
const look = document.createElement('style');
look.textContent = highlightStyles(MANIFEST_LOOK);
document.head.append(look);
const popover = lazyPopover({
  win: window,
  settings: () => DEFAULT_SETTINGS,
  load: async () => startPopover,
  presence: readerPresence(window, new AbortController().signal),
  painted: () => session.mentions(),
  resting: restingPointer(document, new AbortController().signal),
  epoch: () => session.epoch(),
  entryOf: (id) => session.entryOf(id),
});
const session = startSession({
  win: window,
  requestIdle: browserIdle(window),
  manifestStyles: true,
  onMentions: (mentions, epoch) => popover.setMentions(mentions, epoch),
});
