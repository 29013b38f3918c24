import * as v from 'valibot';
import type { Card } from '@/utils/model';
import { storeRecord } from './shapes';

const sequence = v.pipe(v.number(), v.integer(), v.minValue(0));

/**
 * What the content script tells the popover frame over their private MessagePort: render a card (numbered, so
 * the size that comes back is matched to it; often ahead of the open, while the pointer rests on its mention),
 * say that it is now shown (and take focus when opened by keyboard), or hide it. The card comes from the background through the content script,
 * so it is checked only for being an object, as replies are.
 */
export const toFrameSchema = v.variant('type', [
  v.strictObject({
    type: v.literal('render'),
    seq: sequence,
    card: storeRecord<Card>(),
    matchedAlias: v.pipe(v.string(), v.maxLength(500)),
  }),
  v.strictObject({ type: v.literal('shown'), focus: v.boolean() }),
  v.strictObject({ type: v.literal('hide') }),
]);

/** A message to the popover frame. */
export type ToFrame = v.InferOutput<typeof toFrameSchema>;

const pixels = v.pipe(v.number(), v.minValue(0), v.maxValue(100_000));

/**
 * What the popover frame tells the content script: the size the card of render `seq` wants (after the render
 * and after each later resize), that the reader pressed a key or clicked inside (pin) or moved the pointer inside (stay
 * open), or asked to close (its button or Escape).
 */
export const fromFrameSchema = v.variant('type', [
  v.strictObject({ type: v.literal('size'), seq: sequence, width: pixels, height: pixels }),
  v.strictObject({ type: v.literal('pin') }),
  v.strictObject({ type: v.literal('inside') }),
  v.strictObject({ type: v.literal('close') }),
]);

/** A message from the popover frame. */
export type FromFrame = v.InferOutput<typeof fromFrameSchema>;

/** The first message on the frame's window: the ticket that proves it comes from our content script, and the port. */
export const handshakeSchema = v.strictObject({
  type: v.literal('fact-linker.port'),
  ticket: v.pipe(v.string(), v.length(36)),
});

/** Reads one message off the port: checked against `schema`, anything else is dropped and reported as null. */
export function readPortMessage<T extends v.GenericSchema>(
  schema: T,
  data: unknown,
): v.InferOutput<T> | null {
  const checked = v.safeParse(schema, data);
  return checked.success ? checked.output : null;
}

/** The card's largest size in CSS pixels: the frame is made this roomy (plus margins) before a card is measured. */
export const CARD_MAX = { width: 360, height: 480 } as const;

/** Transparent room the frame keeps around the card, enough for its shadow (2 px down, 9 px blur) to fade out. */
export const FRAME_MARGIN = 12;
