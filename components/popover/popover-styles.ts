import { tokenSheet } from '@/utils/design/token-css';

/**
 * The popover's whole stylesheet, for a shadow root: the card scrolls as a whole once it reaches its cap, with no
 * inner scroll box, and editing is a quiet action after the reader's links and sources; it resets what it inherits, so neither page CSS nor
 * `:host { all: initial }` changes it. The design tokens follow the reset (`all` resets `color-scheme`, not custom
 * properties); `--fl-family` and `--fl-family-line` are the card's entry family's colours.
 */
export const popoverStyles = `
.fl-popover {
  all: initial;
  box-sizing: border-box;
  display: flex;
  flex-direction: column;
  width: max-content;
  min-width: 240px;
  max-width: min(360px, calc(100vw - 16px));
  max-height: min(480px, calc(100vh - 16px));
  overflow-x: hidden;
  overflow-y: auto;
  overscroll-behavior: contain;
  border: 1px solid var(--fl-border);
  border-top: 4px solid var(--fl-family-line);
  border-radius: var(--fl-radius-lg);
  background: var(--fl-bg);
  color: var(--fl-text);
  box-shadow: 0 2px 9px var(--fl-shadow);
  font-family: var(--fl-font-family);
  font-size: var(--fl-font-md);
  font-weight: 400;
  line-height: 1.45;
  text-align: start;
  overflow-wrap: anywhere;
  animation: fl-appear 120ms ease-out;
}
${tokenSheet('.fl-popover')}
.fl-popover { --fl-family: var(--fl-actor); --fl-family-line: var(--fl-actor-line); }
.fl-popover[data-family="proposal"] { --fl-family: var(--fl-proposal); --fl-family-line: var(--fl-proposal-line); }
.fl-popover *, .fl-popover *::before, .fl-popover *::after { box-sizing: border-box; }
.fl-popover :where(h2, h3, h4, p, ul) { margin: 0; padding: 0; font: inherit; color: inherit; }
.fl-header, .fl-body, .fl-footer { flex: none; }
.fl-header { display: flex; align-items: flex-start; gap: var(--fl-space-4); padding: var(--fl-space-5) var(--fl-space-5) var(--fl-space-4); }
.fl-heading { flex: 1; min-width: 0; }
.fl-kind { font-size: var(--fl-font-xs); font-weight: 600; color: var(--fl-family); }
.fl-title { font-size: var(--fl-font-xl); font-weight: 700; line-height: 1.25; }
.fl-context, .fl-meta, .fl-provenance { color: var(--fl-muted); font-size: var(--fl-font-sm); }
.fl-popover .fl-links { display: flex; flex-wrap: wrap; gap: var(--fl-space-2) var(--fl-space-5); margin-block-start: var(--fl-space-2); list-style: none; font-size: var(--fl-font-sm); }
.fl-popover .fl-links a { color: var(--fl-accent); text-decoration: underline; text-underline-offset: 2px; }
.fl-popover .fl-seen-list { list-style: none; margin-block-start: var(--fl-space-2); font-size: var(--fl-font-sm); }
.fl-popover .fl-seen-list li { overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.fl-popover .fl-seen-list a { color: var(--fl-accent); text-decoration: underline; text-underline-offset: 2px; }
.fl-body { padding: 0 var(--fl-space-5) var(--fl-space-5); }
.fl-summary { margin-block-end: var(--fl-space-4); }
.fl-caveat { margin-block-end: var(--fl-space-4); padding: var(--fl-space-3) var(--fl-space-4); border-radius: var(--fl-radius-sm); background: var(--fl-warning-bg); color: var(--fl-warning); }
.fl-caveat-label { font-weight: 700; }
.fl-section { margin-block-start: var(--fl-space-5); }
.fl-section-title { font-size: var(--fl-font-xs); font-weight: 700; letter-spacing: 0.04em; text-transform: uppercase; color: var(--fl-muted); }
.fl-group-title { margin-block-start: var(--fl-space-3); font-weight: 600; }
.fl-popover .fl-list { list-style: none; }
.fl-item { padding-block: var(--fl-space-2); border-block-end: 1px solid var(--fl-border); }
.fl-item:last-child { border-block-end: 0; }
.fl-name { font-weight: 600; margin-inline-end: var(--fl-space-3); }
.fl-meta > * + *::before { content: "·"; margin-inline: var(--fl-space-2); color: var(--fl-muted); }
.fl-note { font-size: var(--fl-font-sm); color: var(--fl-muted); }
.fl-source { color: inherit; }
.fl-popover a.fl-source { color: var(--fl-accent); text-decoration: underline; text-underline-offset: 2px; cursor: pointer; }
.fl-visually-hidden { position: absolute; width: 1px; height: 1px; margin: -1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.fl-footer { display: flex; align-items: center; justify-content: space-between; gap: var(--fl-space-4); padding: var(--fl-space-4) var(--fl-space-5) var(--fl-space-5); border-block-start: 1px solid var(--fl-border); }
.fl-provenance { display: flex; flex-direction: column; min-width: 0; font-size: var(--fl-font-xs); }
.fl-button {
  all: unset;
  box-sizing: border-box;
  display: inline-flex;
  align-items: center;
  justify-content: center;
  min-height: 28px;
  padding: var(--fl-space-2) var(--fl-space-5);
  border: 1px solid var(--fl-control);
  border-radius: var(--fl-radius);
  background: var(--fl-bg);
  color: var(--fl-text);
  font: 600 var(--fl-font-sm)/1.2 var(--fl-font-family);
  cursor: pointer;
  transition: background-color 120ms ease-out;
}
.fl-button:hover { background: var(--fl-surface); }
.fl-toggle { margin-block-start: var(--fl-space-3); }
.fl-close { flex: none; width: 28px; padding: 0; font-size: var(--fl-font-xl); }
.fl-edit { flex: none; border-color: transparent; background: none; color: var(--fl-muted); font-weight: 400; text-decoration: underline; }
.fl-edit:hover { background: var(--fl-surface); }
.fl-popover :is(a, button):focus-visible { outline: 2px solid var(--fl-focus); outline-offset: 2px; }
@media (prefers-reduced-motion: reduce) {
  .fl-popover, .fl-popover * { animation: none !important; transition: none !important; scroll-behavior: auto !important; }
}
@keyframes fl-appear { from { opacity: 0; transform: translateY(2px); } to { opacity: 1; transform: none; } }
`;
