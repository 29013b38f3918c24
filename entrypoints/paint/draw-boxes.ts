import type { ToPaint } from '@/utils/protocol/paint-channel';

/**
 * Draws one paint: a positioned `<div>` per box, reusing the ones already there so a scroll moves boxes rather
 * than rebuilding them, and removing what the new paint no longer needs.
 */
export function drawBoxes(layer: HTMLElement, paint: ToPaint): void {
  const doc = layer.ownerDocument;
  doc.documentElement.dataset.look = paint.style;
  const { boxes } = paint;
  while (layer.childElementCount > boxes.length) layer.lastElementChild!.remove();
  while (layer.childElementCount < boxes.length) layer.append(doc.createElement('div'));
  let div = layer.firstElementChild as HTMLElement | null;
  for (const [x, y, width, height, kind] of boxes) {
    const { style } = div!;
    style.left = `${x}px`;
    style.top = `${y}px`;
    style.width = `${width}px`;
    style.height = `${height}px`;
    div!.className = kind === 1 ? 'fl-p' : '';
    div = div!.nextElementSibling as HTMLElement | null;
  }
}
