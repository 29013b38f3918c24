import { messageLanguage, t, tSlots } from '@/utils/i18n/t';

/** One keyboard command as the browser assigned it (an empty shortcut means the reader has to set one). */
export interface GuideShortcut {
  description: string;
  shortcut: string;
}

/** Props of {@link Guide}. */
export interface GuideProps {
  /** The mention commands with their shortcuts, or null until the browser has said. */
  shortcuts: GuideShortcut[] | null;
  /** Where the browser lets a reader change shortcuts, in words ("chrome://extensions/shortcuts"). */
  shortcutSettings: string;
  onOpenKnowledgeBase(): void;
}

/**
 * The first-run guide: what Fact Linker does, a paragraph to try it on (the shell runs the real page engine over
 * it), the keyboard shortcuts, where the knowledge base is managed, and what stays on the machine.
 */
export function Guide({ shortcuts, shortcutSettings, onOpenKnowledgeBase }: GuideProps) {
  return (
    <main class="fl-guide">
      <h1>{t('guide_page_title')}</h1>
      <p class="fl-lead">{t('guide_lead')}</p>

      <section aria-labelledby="fl-try">
        <h2 id="fl-try">{t('guide_try_title')}</h2>
        <p>{t('guide_try_text')}</p>
        {/* The demo stays in English: the bundled knowledge base's names are English, so it is what gets marked. */}
        {messageLanguage() === 'en' ? null : <p class="fl-muted">{t('guide_demo_note')}</p>}
        <blockquote class="fl-demo" lang="en" data-demo>
          <p>
            Emmanuel Macron and Keir Starmer are trying to assemble a coalition of the willing, while Paris
            also looks at a UN-led mission to watch over a ceasefire, backed by US security guarantees.
          </p>
        </blockquote>
      </section>

      <section aria-labelledby="fl-keys">
        <h2 id="fl-keys">{t('guide_keys_title')}</h2>
        {shortcuts === null ? (
          <p>{t('guide_keys_reading')}</p>
        ) : (
          <ul>
            {shortcuts.map(({ description, shortcut }) => (
              <li key={description}>
                {shortcut ? <kbd>{shortcut}</kbd> : <em>{t('guide_key_not_set')}</em>}{' '}
                {description.toLowerCase()}
              </li>
            ))}
          </ul>
        )}
        <p>{t('guide_keys_change', shortcutSettings)}</p>
      </section>

      <section aria-labelledby="fl-kb">
        <h2 id="fl-kb">{t('guide_kb_title')}</h2>
        <p>{t('guide_kb_text')}</p>
        <button type="button" class="fl-button fl-primary" onClick={onOpenKnowledgeBase}>
          {t('guide_kb_open')}
        </button>
      </section>

      <section aria-labelledby="fl-privacy">
        <h2 id="fl-privacy">{t('guide_privacy_title')}</h2>
        <p>
          {tSlots('guide_privacy_text', 1).map((part) =>
            typeof part === 'string' ? part : <a href="/privacy.txt">{t('guide_privacy_link')}</a>,
          )}
        </p>
      </section>
    </main>
  );
}
