import { useId } from 'preact/hooks';
import { describeTimestamp } from '@/components/popover/format-date';
import type { MessageKey } from '@/utils/i18n/message-key';
import { t, tSlots, uiLocale } from '@/utils/i18n/t';
import type { InstalledPack } from '@/utils/installed-pack';
import { httpUrl } from '@/utils/safe-url';

/** A pack's dated line ("Last updated 2 Nov 2026"), the date as a `<time>`; nothing for a missing or broken stamp. */
export function DatedLine({ message, ms }: { message: MessageKey; ms: number | undefined }) {
  const when = ms === undefined ? null : describeTimestamp(ms, uiLocale());
  if (!when) return null;
  return (
    <p class="fl-pack-meta">
      {tSlots(message, 1).map((part) =>
        typeof part === 'string' ? part : <time dateTime={when.datetime}>{when.label}</time>,
      )}
    </p>
  );
}

/** Props of {@link PackSubscription}. */
export interface PackSubscriptionProps {
  /** A pack subscribed to by address: its `url` is set. */
  pack: InstalledPack;
  busy: boolean;
  onAutoUpdate(on: boolean): void;
}

/**
 * What a subscribed pack's row says of its address: the address (a link only when it is http(s), else plain text),
 * the last check, the last check's error, an update waiting, and the switch for automatic updates, which keep the
 * reader's edits. Every stored string is rendered as text.
 */
export function PackSubscription({ pack, busy, onAutoUpdate }: PackSubscriptionProps) {
  const hint = useId();
  const href = httpUrl(pack.url);
  return (
    <>
      <p class="fl-pack-meta fl-pack-url">
        {tSlots('pack_address', 1).map((part) =>
          typeof part === 'string' ? (
            part
          ) : href ? (
            <a href={href} target="_blank" rel="noreferrer">
              {pack.url}
            </a>
          ) : (
            pack.url
          ),
        )}
      </p>
      <DatedLine message="pack_checked" ms={pack.checkedAt} />
      {pack.lastError && <p class="fl-alert fl-pack-error">{t('pack_last_error', pack.lastError)}</p>}
      {pack.pending && <p class="fl-pack-meta">{t('pack_pending', pack.pending.version)}</p>}
      <label class="fl-check">
        <input
          type="checkbox"
          role="switch"
          checked={pack.autoUpdate === true}
          aria-checked={pack.autoUpdate === true}
          aria-describedby={hint}
          disabled={busy}
          onChange={(event) => onAutoUpdate(event.currentTarget.checked)}
        />
        {t('pack_auto_update')}
      </label>
      <p class="fl-hint" id={hint}>
        {t('pack_auto_update_hint')}
      </p>
    </>
  );
}
