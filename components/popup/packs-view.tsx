import { useId } from 'preact/hooks';
import { describeTimestamp } from '@/components/popover/format-date';
import { uiLocale } from '@/utils/i18n/t';
import type { InstalledPack, PackCounts } from '@/utils/installed-pack';

/** A pack the extension ships that is not installed yet: what the Packs view offers to install. */
export interface AvailablePack {
  id: string;
  title: string;
  publisher: string;
}

/** Props of {@link PacksView}. */
export interface PacksViewProps {
  /** The installed packs, or null until they are loaded. */
  packs: InstalledPack[] | null;
  available: AvailablePack[];
  /** The pack being switched or installed, whose controls wait for the answer; null when none. */
  busy: string | null;
  onToggle(id: string, enabled: boolean): void;
  onInstall(id: string): void;
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** A pack's size as a reader counts it. */
export function countsText({ entries, facts, stances }: PackCounts): string {
  return [
    plural(entries, 'entry', 'entries'),
    plural(facts, 'fact', 'facts'),
    plural(stances, 'stance', 'stances'),
  ].join(' · ');
}

/** One installed pack: what it is, who publishes it, how large, when updated, and its on / off switch. */
function PackItem({
  pack,
  busy,
  onToggle,
}: {
  pack: InstalledPack;
  busy: boolean;
  onToggle(on: boolean): void;
}) {
  const id = useId();
  const updated = describeTimestamp(pack.updatedAt, uiLocale());
  return (
    <li class="fl-pack" data-enabled={pack.enabled}>
      <h4 class="fl-pack-title" id={`${id}-title`}>
        {pack.title || pack.id}
      </h4>
      <p class="fl-pack-meta">
        Version {pack.version} · {pack.publisher ?? 'Unknown publisher'}
      </p>
      <p class="fl-pack-meta">{countsText(pack.counts)}</p>
      {updated && (
        <p class="fl-pack-meta">
          Last updated <time dateTime={updated.datetime}>{updated.label}</time>
        </p>
      )}
      <label class="fl-check">
        <input
          type="checkbox"
          role="switch"
          checked={pack.enabled}
          aria-checked={pack.enabled}
          aria-describedby={`${id}-title`}
          disabled={busy}
          onChange={(event) => onToggle(event.currentTarget.checked)}
        />
        Highlight its entries
      </label>
    </li>
  );
}

/**
 * The Packs view: the installed packs, each with a switch (a pack turned off keeps its records, hidden from pages,
 * until it is turned on again), and the bundled packs not installed yet, each with an Install button.
 */
export function PacksView({ packs, available, busy, onToggle, onInstall }: PacksViewProps) {
  const base = useId();
  if (packs === null) return <p class="fl-empty">Loading packs…</p>;
  return (
    <section class="fl-view fl-packs" aria-label="Packs">
      <h3 class="fl-subheading">Installed</h3>
      {packs.length === 0 ? (
        <p class="fl-empty">No pack is installed.</p>
      ) : (
        <ul class="fl-pack-list">
          {packs.map((pack) => (
            <PackItem
              key={pack.id}
              pack={pack}
              busy={busy === pack.id}
              onToggle={(on) => onToggle(pack.id, on)}
            />
          ))}
        </ul>
      )}
      {available.length > 0 && (
        <>
          <h3 class="fl-subheading">Available</h3>
          <ul class="fl-pack-list">
            {available.map((pack) => (
              <li key={pack.id} class="fl-pack">
                <h4 class="fl-pack-title" id={`${base}-${pack.id}`}>
                  {pack.title}
                </h4>
                <p class="fl-pack-meta">{pack.publisher} · not installed</p>
                <button
                  type="button"
                  class="fl-button fl-primary"
                  aria-describedby={`${base}-${pack.id}`}
                  disabled={busy === pack.id}
                  onClick={() => onInstall(pack.id)}
                >
                  {busy === pack.id ? 'Installing…' : 'Install'}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      <p class="fl-hint">
        A pack turned off keeps its entries, facts and stances: they are hidden from pages until you turn it
        on again. Entries you wrote yourself are never hidden.
      </p>
    </section>
  );
}
