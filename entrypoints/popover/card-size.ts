import { CARD_MAX } from '@/utils/protocol/frame-channel';

/**
 * The size the card would take with room to spare: its laid-out width, and its height plus whatever its body
 * scrolls now, so a frame capped by the viewport still learns how tall the card wants to be.
 */
export function wantedSize(card: HTMLElement): { width: number; height: number } {
  const rect = card.getBoundingClientRect();
  const body = card.querySelector<HTMLElement>('.fl-body');
  const hidden = body ? body.scrollHeight - body.clientHeight : 0;
  return { width: Math.ceil(rect.width), height: Math.min(CARD_MAX.height, Math.ceil(rect.height + hidden)) };
}
