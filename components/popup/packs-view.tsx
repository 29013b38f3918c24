import { useId } from 'preact/hooks';
import { t } from '@/utils/i18n/t';
import type { InstalledPack } from '@/utils/installed-pack';
import { PackItem } from './pack-item';
import type { PackActions, PackTask, SubscribeProps } from './pack-tasks';
import { SubscribeForm } from './subscribe-form';

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
  /** The pack being switched, installed, checked, updated or removed, whose controls wait; null when none. */
  busy: string | null;
  /** The update preview or removal question open under one installed pack, if any. */
  task: PackTask | null;
  actions: PackActions;
  subscribe: SubscribeProps;
}

/** The bundled packs not installed yet, each with an Install button. */
function AvailablePacks({
  available,
  busy,
  onInstall,
}: Pick<PacksViewProps, 'available' | 'busy'> & { onInstall(id: string): void }) {
  const base = useId();
  return (
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
  );
}

/**
 * The Packs view: the installed packs, each with a switch (a pack turned off keeps its records, hidden from pages,
 * until it is turned on again), Remove… and, for a pack subscribed to by address, its checks and updates; the bundled
 * packs not installed yet; and the form that subscribes to a pack by its address.
 */
export function PacksView({ packs, available, busy, task, actions, subscribe }: PacksViewProps) {
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
              task={task?.packId === pack.id ? task : null}
              actions={actions}
            />
          ))}
        </ul>
      )}
      {available.length > 0 && (
        <AvailablePacks available={available} busy={busy} onInstall={actions.onInstall} />
      )}
      <p class="fl-hint">{t('packs_hint')}</p>
      <SubscribeForm subscribe={subscribe} />
    </section>
  );
}
