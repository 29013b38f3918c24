import { t } from '@/utils/i18n/t';

/** One message for the reader: an error (announced at once) or a status (announced politely). */
export interface Notice {
  kind: 'error' | 'status';
  text: string;
}

/** How views report to the reader without owning a message region each. */
export interface Notify {
  error(text: string): void;
  status(text: string): void;
}

/** Props of {@link Notices}. */
export interface NoticesProps {
  notice: Notice | null;
  onDismiss(): void;
}

/**
 * The popup's two live regions, always present so screen readers announce what appears in them: errors in
 * `role="alert"`, outcomes in `role="status"`. Stored names inside messages are rendered as text.
 */
export function Notices({ notice, onDismiss }: NoticesProps) {
  const dismiss = notice && (
    <button type="button" class="fl-link-button" onClick={onDismiss}>
      {t('notice_dismiss')}
    </button>
  );
  return (
    <>
      <div role="alert" class={notice?.kind === 'error' ? 'fl-notice fl-notice-error' : undefined}>
        {notice?.kind === 'error' && (
          <>
            <span>{notice.text}</span>
            {dismiss}
          </>
        )}
      </div>
      <div role="status" class={notice?.kind === 'status' ? 'fl-notice' : undefined}>
        {notice?.kind === 'status' && (
          <>
            <span>{notice.text}</span>
            {dismiss}
          </>
        )}
      </div>
    </>
  );
}
