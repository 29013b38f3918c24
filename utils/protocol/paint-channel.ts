import * as v from 'valibot';
import { HIGHLIGHT_STYLES } from '@/utils/settings';

/** The most boxes one paint carries: a viewport of dense text has a few hundred; more is a bug or an attack. */
export const MAX_BOXES = 5000;

const coordinate = v.pipe(v.number(), v.minValue(-100_000), v.maxValue(100_000));
const extent = v.pipe(v.number(), v.minValue(0), v.maxValue(100_000));

/** One painted box in viewport CSS pixels: a line of a mention, 0 for an actor and 1 for a proposal. */
export const boxSchema = v.strictTuple([coordinate, coordinate, extent, extent, v.picklist([0, 1])]);

/** One box of a mention, as the paint frame draws it. */
export type Box = v.InferOutput<typeof boxSchema>;

/**
 * What the page script tells the paint frame over their private port: the whole set of boxes to draw now, in
 * the reader's highlight look. Each paint replaces the last, so a lost or late one is healed by the next.
 */
export const toPaintSchema = v.strictObject({
  type: v.literal('paint'),
  style: v.picklist(HIGHLIGHT_STYLES),
  boxes: v.pipe(v.array(boxSchema), v.maxLength(MAX_BOXES)),
});

/** A message to the paint frame. */
export type ToPaint = v.InferOutput<typeof toPaintSchema>;
