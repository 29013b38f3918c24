import { useState } from 'preact/hooks';
import type { SubscribeProps } from '@/components/popup/pack-tasks';
import { t } from '@/utils/i18n/t';
import type { MergeChoices } from '@/utils/subscribe/merge-resolve';
import type { SubscriptionPreview } from '@/utils/subscribe/subscription-preview';
import { MAX_URL_CHARS, subscriptionAddress } from '@/utils/subscribe/subscription-url';
import type { UndoPoint } from '@/utils/undo-point';
import type { Notify } from './notices';
import type { PacksLink } from './packs-link';
import { errorText, quoted, summaryText } from './wording';

/** What {@link useSubscribe} reports to and needs from the Packs view's shell. */
export interface SubscribeDeps {
  notify: Notify;
  offerUndo(point: UndoPoint): void;
  link: PacksLink;
  /** Reload the installed packs once a subscription is written. */
  reload(): void;
}

/**
 * The subscribe form's shell: asks the browser, in the reader's click, for the permission to reach the address's
 * host alone, and only once granted asks the background for the preview; then subscribes with the reader's choices
 * and offers the undo. A refused permission, a refused address or a failure says why and changes nothing.
 */
export function useSubscribe({ notify, offerUndo, link, reload }: SubscribeDeps): SubscribeProps {
  const [preview, setPreview] = useState<SubscriptionPreview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const failed = (what: string) => (failure: unknown) =>
    setError(t('failure_reason', what, errorText(failure)));

  const onPreview = (input: string) => {
    const address = subscriptionAddress(input);
    if (!address.ok) return setError(t(`subscribe_refused_${address.problem}`, MAX_URL_CHARS));
    const { url, pattern } = address.value;
    const granted = link.permissions.request({ origins: [pattern] });
    setBusy(true);
    setError(null);
    setPreview(null);
    granted
      .then(async (yes) => {
        if (!yes) return setError(t('subscribe_permission_refused', new URL(url).host));
        setPreview(await link.call('packs.subscribePreview', { url }));
      })
      .catch(failed(t('error_subscribe_preview')))
      .finally(() => setBusy(false));
  };

  const onSubscribe = (choices: MergeChoices) => {
    if (preview === null) return;
    setBusy(true);
    setError(null);
    link
      .call('packs.subscribe', { url: preview.url, choices })
      .then(
        (summary) => {
          setPreview(null);
          notify.status(t('status_subscribed', quoted(preview.title), summaryText(summary)));
          if (summary.undo) offerUndo(summary.undo);
          reload();
        },
        failed(t('error_subscribe')),
      )
      .finally(() => setBusy(false));
  };

  return {
    preview,
    error,
    busy,
    onPreview,
    onSubscribe,
    onCancel: () => {
      setPreview(null);
      setError(null);
    },
  };
}
