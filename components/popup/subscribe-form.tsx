import { useId, useState } from 'preact/hooks';
import { t } from '@/utils/i18n/t';
import { MAX_URL_CHARS, subscriptionAddress } from '@/utils/subscribe/subscription-url';
import type { SubscribeProps } from './pack-tasks';
import { PackUpdateReview } from './pack-update-review';

/**
 * The Packs view's "Subscribe to a pack" form: the address of a pack file, checked here first (https only, so a
 * wrong address is refused before anything is asked or fetched), then previewed by the shell, which asks for the
 * permission to reach its host; the preview's Subscribe installs it. Every refusal is said in the alert region.
 */
export function SubscribeForm({ subscribe }: { subscribe: SubscribeProps }) {
  const id = useId();
  const [address, setAddress] = useState('');
  const [refusal, setRefusal] = useState<string | null>(null);
  const message = refusal ?? subscribe.error;
  const submit = (event: Event) => {
    event.preventDefault();
    const checked = subscriptionAddress(address);
    setRefusal(checked.ok ? null : t(`subscribe_refused_${checked.problem}`, MAX_URL_CHARS));
    if (checked.ok) subscribe.onPreview(checked.value.url);
  };
  const { preview } = subscribe;
  return (
    <section class="fl-subscribe" aria-labelledby={`${id}-heading`}>
      <h3 class="fl-subheading" id={`${id}-heading`}>
        {t('subscribe_heading')}
      </h3>
      <form onSubmit={submit} noValidate>
        <div class="fl-field">
          <label for={`${id}-url`}>{t('subscribe_address')}</label>
          <input
            id={`${id}-url`}
            type="url"
            inputMode="url"
            autoComplete="off"
            spellcheck={false}
            value={address}
            aria-invalid={refusal ? true : undefined}
            aria-describedby={`${id}-hint ${id}-error`}
            onInput={(event) => setAddress(event.currentTarget.value)}
          />
          <p id={`${id}-hint`} class="fl-hint">
            {t('subscribe_hint')}
          </p>
        </div>
        <div class="fl-actions">
          <button type="submit" class="fl-button" disabled={subscribe.busy}>
            {t('subscribe_preview')}
          </button>
        </div>
      </form>
      <div role="alert" id={`${id}-error`}>
        {message && <p class="fl-issue fl-issue-error">{message}</p>}
      </div>
      {preview && (
        <PackUpdateReview
          key={`${preview.url} ${preview.version}`}
          preview={preview}
          label={t('subscribe_review')}
          confirmLabel={t('subscribe_confirm')}
          busy={subscribe.busy}
          onConfirm={subscribe.onSubscribe}
          onCancel={subscribe.onCancel}
        />
      )}
    </section>
  );
}
