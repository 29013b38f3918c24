import { useId } from 'preact/hooks';
import { describeTimestamp } from '@/components/popover/format-date';
import { t, tn, tSlots, uiLocale } from '@/utils/i18n/t';
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

/** A pack's size as a reader counts it. */
export function countsText({ entries, facts, stances }: PackCounts): string {
  return [tn('entries_count', entries), tn('facts_count', facts), tn('stances_count', stances)].join(' · ');
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
        {t('pack_version', pack.version, pack.publisher ?? t('pack_unknown_publisher'))}
      </p>
      <p class="fl-pack-meta">{countsText(pack.counts)}</p>
      {updated && (
        <p class="fl-pack-meta">
          {tSlots('pack_updated', 1).map((part) =>
            typeof part === 'string' ? part : <time dateTime={updated.datetime}>{updated.label}</time>,
          )}
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
        {t('pack_switch')}
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
  if (packs === null) return <p class="fl-empty">{t('packs_loading')}</p>;
  return (
    <section class="fl-view fl-packs" aria-label={t('popup_tab_packs')}>
      <h3 class="fl-subheading">{t('packs_installed')}</h3>
      {packs.length === 0 ? (
        <p class="fl-empty">{t('packs_none')}</p>
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
          <h3 class="fl-subheading">{t('packs_available')}</h3>
          <ul class="fl-pack-list">
            {available.map((pack) => (
              <li key={pack.id} class="fl-pack">
                <h4 class="fl-pack-title" id={`${base}-${pack.id}`}>
                  {pack.title}
                </h4>
                <p class="fl-pack-meta">{t('pack_not_installed', pack.publisher)}</p>
                <button
                  type="button"
                  class="fl-button fl-primary"
                  aria-describedby={`${base}-${pack.id}`}
                  disabled={busy === pack.id}
                  onClick={() => onInstall(pack.id)}
                >
                  {busy === pack.id ? t('pack_installing') : t('pack_install')}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      <p class="fl-hint">{t('packs_hint')}</p>
    </section>
  );
}
