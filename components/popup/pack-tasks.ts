import type { PackRemovalPreview } from '@/utils/store/pack-remove';
import type { MergeChoices } from '@/utils/subscribe/merge-resolve';
import type { SubscriptionPreview } from '@/utils/subscribe/subscription-preview';

/**
 * What an installed pack's row shows under it while the reader decides, so nothing is written unasked: the preview
 * of an update a check found, or what removing the pack would take away and leave.
 */
export type PackTask =
  | { kind: 'update'; packId: string; preview: SubscriptionPreview }
  | { kind: 'remove'; packId: string; preview: PackRemovalPreview };

/** What the Packs view asks of the shell for the packs it lists and offers, each by the pack's id. */
export interface PackActions {
  onToggle(id: string, enabled: boolean): void;
  onInstall(id: string): void;
  /** Ask the pack's address whether it changed: an update comes back as a {@link PackTask} to accept. */
  onCheck(id: string): void;
  /** Install the update previewed in the pack's task, with the reader's choice for each conflict. */
  onUpdate(id: string, choices: MergeChoices): void;
  onAutoUpdate(id: string, on: boolean): void;
  /** Ask what removing the pack would do; nothing is removed until {@link onRemove}. */
  onAskRemove(id: string): void;
  onRemove(id: string): void;
  /** Drop the pack's task: nothing is written. */
  onCancelTask(): void;
}

/** The subscribe form's state and requests: the address is previewed first, and subscribed to only on confirmation. */
export interface SubscribeProps {
  /** What subscribing to the address would install, or null before a preview. */
  preview: SubscriptionPreview | null;
  /** Why the last preview or subscription failed, or why the permission was refused, as text; null when none did. */
  error: string | null;
  busy: boolean;
  /** Preview the pack at an address the form has checked (subscription-url.ts). */
  onPreview(address: string): void;
  onSubscribe(choices: MergeChoices): void;
  onCancel(): void;
}
