import { popoverStyles } from '@/components/popover/popover-styles';
import { UI_HOST } from '../dom-rules';

/**
 * Shadow root mode: closed in release builds so page scripts cannot read the reader's knowledge base out of the
 * popover; open only in the `e2e` build mode, where the real-browser tests look inside.
 */
export const SHADOW_MODE: ShadowRootMode = import.meta.env.MODE === 'e2e' ? 'open' : 'closed';

/** Keeps the host out of the page's layout and immune to page CSS (shadow `!important` beats the page's). */
const HOST_STYLES = `:host {
  all: initial !important;
  position: fixed !important;
  inset: 0 auto auto 0 !important;
  width: 0 !important;
  height: 0 !important;
  overflow: visible !important;
  z-index: 2147483647 !important;
  display: block !important;
  visibility: visible !important;
}
.fl-dialog { position: fixed; top: 0; left: 0; display: flex; flex-direction: column; outline: none; }
.fl-dialog[hidden] { display: none; }
.fl-dialog:focus-visible .fl-popover { outline: 2px solid var(--fl-accent); outline-offset: 2px; }
`;

/** Our UI's place in the page: the host element and the container inside its shadow root. */
export interface UiHost {
  readonly host: HTMLElement;
  readonly container: HTMLElement;
  /** Whether an event came from inside our UI (events out of a shadow root are retargeted to the host). */
  contains(event: Event): boolean;
  /** Takes the host back out of the page. */
  destroy(): void;
}

/**
 * Makes the host lazily, the first time a popover is needed, appended to `<html>` so it sits above the page's
 * stacking contexts; the styles go in a `<style>` inside the shadow root, which is our DOM, not the page's.
 */
export function createUiHost(doc: Document, mode: ShadowRootMode = SHADOW_MODE): UiHost {
  const host = doc.createElement(UI_HOST);
  const root = host.attachShadow({ mode });
  const style = doc.createElement('style');
  style.textContent = HOST_STYLES + popoverStyles;
  const container = doc.createElement('div');
  container.className = 'fl-dialog';
  container.setAttribute('role', 'dialog');
  container.setAttribute('aria-modal', 'false');
  container.tabIndex = -1;
  container.hidden = true;
  root.append(style, container);
  doc.documentElement.append(host);
  return {
    host,
    container,
    contains: (event) => event.composedPath().includes(host),
    destroy: () => host.remove(),
  };
}
