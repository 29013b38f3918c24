import { autoUpdate, computePosition, flip, offset, shift, size } from '@floating-ui/dom';

/** Gap between the mention and the popover, and the least room kept to the viewport's edges. */
const GAP = 6;
const PADDING = 8;

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
export function followMention(range: AbstractRange, floating: HTMLElement, onGone: () => void): () => void {
  const win = floating.ownerDocument.defaultView!;
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
        offset(GAP),
        flip({ padding: PADDING }),
        shift({ padding: PADDING }),
        size({
          padding: PADDING,
          apply: ({ availableHeight, elements }) => {
            elements.floating.style.maxHeight = `${Math.max(120, availableHeight)}px`;
          },
        }),
      ],
    })
      .then(({ x, y }) => {
        floating.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
      })
      .catch((error) => console.warn('Fact Linker:', error));
  };
  return autoUpdate(reference, floating, update);
}
