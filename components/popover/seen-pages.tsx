import { t, tn } from '@/utils/i18n/t';
import { httpUrl } from '@/utils/safe-url';
import type { SeenSummary } from '@/utils/seen';

/**
 * "Seen in N pages" and the latest few, each a link to the page under its title (its host when it had none); the
 * title and address are the page's own, so they are rendered as text, and an address that is not http(s) is no link.
 */
export function SeenPages({ seen }: { seen: SeenSummary }) {
  if (seen.total === 0) return null;
  return (
    <div class="fl-section fl-seen">
      <p class="fl-section-title">{tn('popover_seen', seen.total)}</p>
      <ul class="fl-seen-list" aria-label={t('popover_seen_latest')}>
        {seen.latest.map((page) => {
          const url = httpUrl(page.page);
          const label = page.title.trim() || (url ? new URL(url).hostname : page.page);
          return (
            <li key={page.page}>
              {url ? (
                <a href={url} target="_blank" rel="noopener noreferrer" title={url}>
                  {label}
                  <span class="fl-visually-hidden"> {t('opens_new_tab')}</span>
                </a>
              ) : (
                label
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
