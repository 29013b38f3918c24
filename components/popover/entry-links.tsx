import { t } from '@/utils/i18n/t';
import type { Link } from '@/utils/model';
import { httpUrl } from '@/utils/safe-url';

/**
 * The entry's own links (an encyclopaedia page, an official site), first in the card so a reader can check who or
 * what it is; only http(s) addresses become links, and an entry without any shows nothing.
 */
export function EntryLinks({ links }: { links: readonly Link[] }) {
  const safe = links.flatMap((link) => {
    const url = httpUrl(link.url);
    return url ? [{ url, title: link.title.trim() || new URL(url).hostname }] : [];
  });
  if (safe.length === 0) return null;
  return (
    <ul class="fl-links" aria-label={t('popover_links')}>
      {safe.map(({ url, title }) => (
        <li key={url}>
          <a href={url} target="_blank" rel="noopener noreferrer">
            {title}
            <span class="fl-visually-hidden"> {t('opens_new_tab')}</span>
          </a>
        </li>
      ))}
    </ul>
  );
}
