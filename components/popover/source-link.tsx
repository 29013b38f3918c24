import { t } from '@/utils/i18n/t';
import type { Source } from '@/utils/model';
import { httpUrl } from '@/utils/safe-url';

/** The hostname of a safe URL, used as the link text when a source has no outlet name. */
function hostOf(url: string | null): string {
  return url ? new URL(url).hostname : '';
}

/** A source's outlet, linked in a new tab only when its URL is http(s); any other URL leaves the outlet as plain text. */
export function SourceLink({ source }: { source: Source }) {
  const url = httpUrl(source.url);
  const label = source.outlet.trim() || hostOf(url);
  if (label === '') return null;
  const title = source.title?.trim() || undefined;
  if (!url) {
    return (
      <span class="fl-source" title={title}>
        {label}
      </span>
    );
  }
  return (
    <a class="fl-source" href={url} target="_blank" rel="noopener noreferrer" title={title}>
      {label}
      <span class="fl-visually-hidden"> {t('opens_new_tab')}</span>
    </a>
  );
}
