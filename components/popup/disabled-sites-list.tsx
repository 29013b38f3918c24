import { t } from '@/utils/i18n/t';

/** Props of {@link DisabledSitesList}. */
export interface DisabledSitesListProps {
  sites: readonly string[];
  onRemove(site: string): void;
}

/** The sites where the reader turned highlighting off, each with a way to turn it back on. */
export function DisabledSitesList({ sites, onRemove }: DisabledSitesListProps) {
  return (
    <section class="fl-sites" aria-label={t('sites_off')}>
      <h3 class="fl-subheading">{t('sites_off')}</h3>
      {sites.length === 0 ? (
        <p class="fl-hint">{t('field_none')}</p>
      ) : (
        <ul>
          {sites.map((site) => (
            <li key={site}>
              <span>{site}</span>
              <button
                type="button"
                class="fl-link-button"
                aria-label={t('site_turn_on', site)}
                onClick={() => onRemove(site)}
              >
                {t('remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
