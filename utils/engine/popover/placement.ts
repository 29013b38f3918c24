import { autoUpdate, computePosition, flip, offset, shift, size } from '@floating-ui/dom';
import { warn } from '@/utils/warn';

/** Gap between the mention and the card, and the least room kept to the viewport's edges. */
const GAP = 6;
const PADDING = 8;

/** How the floating element sits around what the reader sees: its transparent inset, and how to fit a height. */
export interface Fit {
  /** Transparent room on every side of the visible card inside the floating element. */
  inset: number;
  /** Called with the height the viewport leaves below (or above) the mention, inset excluded. */
  height(available: number): void;
}

/** The mention's first line box: a wrapped mention gets its popover next to where it starts. */
function firstRect(range: AbstractRange): DOMRect {
  const live = range.startContainer.ownerDocument!.createRange();
  live.setStart(range.startContainer, range.startOffset);
  live.setEnd(range.endContainer, range.endOffset);
  return live.getClientRects()[0] ?? live.getBoundingClientRect();
}

/** Whether any of a rect is inside the viewport. */
function inView(rect: DOMRect, win: Window): boolean {
  return rect.bottom > 0 && rect.top < win.innerHeight && rect.right > 0 && rect.left < win.innerWidth;
}

/**
 * Places the popover by the mention and keeps it there on scroll and resize; calls `onGone` when the mention
 * scrolls out of view. Returns the cleanup that stops following.
 */
export function followMention(
  range: AbstractRange,
  floating: HTMLElement,
  fit: Fit,
  onGone: () => void,
): () => void {
  const win = floating.ownerDocument.defaultView!;
  const { inset } = fit;
  const reference = {
    getBoundingClientRect: () => firstRect(range),
    contextElement: range.startContainer.parentElement ?? undefined,
  };
  const update = (): void => {
    if (!inView(reference.getBoundingClientRect(), win)) {
      onGone();
      return;
    }
    computePosition(reference, floating, {
      strategy: 'fixed',
      placement: 'bottom-start',
      middleware: [
        offset({ mainAxis: GAP - inset, crossAxis: -inset }),
        flip({ padding: PADDING - inset }),
        shift({ padding: PADDING - inset }),
        size({
          padding: PADDING - inset,
          apply: ({ availableHeight }) => fit.height(Math.max(120, availableHeight - 2 * inset)),
        }),
      ],
    })
      .then(({ x, y }) => {
        floating.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
      })
      .catch(warn);
  };
  return autoUpdate(reference, floating, update);
}
