import { CARD_MAX } from '@/utils/protocol/frame-channel';

/**
 * The size the card would take with room to spare: its laid-out width, and its height plus whatever it scrolls now
 * (the card scrolls as a whole), so a frame capped by the viewport still learns how tall the card wants to be.
 */
export function wantedSize(card: HTMLElement): { width: number; height: number } {
  const rect = card.getBoundingClientRect();
  const hidden = Math.max(0, card.scrollHeight - card.clientHeight);
  return { width: Math.ceil(rect.width), height: Math.min(CARD_MAX.height, Math.ceil(rect.height + hidden)) };
}
