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
      <h1>Welcome to Fact Linker</h1>
      <p class="fl-lead">
        Fact Linker spots the people, countries, bodies and proposals of the Ukraine peace process on the news
        pages you read, highlights them, and shows what your knowledge base holds about each: who or what it
        is, where each actor stands on each proposal, and dated facts with their sources.
      </p>

      <section aria-labelledby="fl-try">
        <h2 id="fl-try">Try it here</h2>
        <p>
          Rest the pointer on a highlighted name for a moment, or click it. Amber marks an actor, blue a
          proposal.
        </p>
        <blockquote class="fl-demo" data-demo>
          <p>
            Emmanuel Macron and Keir Starmer are trying to assemble a coalition of the willing, while Paris
            also looks at a UN-led mission to watch over a ceasefire, backed by US security guarantees.
          </p>
        </blockquote>
      </section>

      <section aria-labelledby="fl-keys">
        <h2 id="fl-keys">Keyboard</h2>
        {shortcuts === null ? (
          <p>Reading your shortcuts…</p>
        ) : (
          <ul>
            {shortcuts.map(({ description, shortcut }) => (
              <li key={description}>
                {shortcut ? <kbd>{shortcut}</kbd> : <em>not set</em>} {description.toLowerCase()}
              </li>
            ))}
          </ul>
        )}
        <p>Escape closes the card. To change a shortcut, open {shortcutSettings}.</p>
      </section>

      <section aria-labelledby="fl-kb">
        <h2 id="fl-kb">Your knowledge base</h2>
        <p>
          Click the Fact Linker icon in the toolbar to see what the page mentions, search and edit entries,
          import and export packs, and change the settings. The icon turns grey where Fact Linker is paused or
          switched off.
        </p>
        <button type="button" class="fl-button fl-primary" onClick={onOpenKnowledgeBase}>
          Open the knowledge base
        </button>
      </section>

      <section aria-labelledby="fl-privacy">
        <h2 id="fl-privacy">Privacy</h2>
        <p>
          Everything stays in your browser: the knowledge base is stored on this computer, pages are read
          where they are, and nothing is sent anywhere. Fact Linker makes no network request of its own; pack
          subscriptions, when they come, will fetch only the addresses you add. The{' '}
          <a href="/privacy.txt">privacy statement</a> says what is kept and where.
        </p>
      </section>
    </main>
  );
}
