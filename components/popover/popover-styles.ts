/** Dark-scheme palette, applied by `data-scheme="dark"` or by the reader's preference unless `data-scheme="light"` forces light. */
const DARK = `
  --fl-bg: #1e1e22;
  --fl-fg: #f4f4f5;
  --fl-muted: #b4b4bb;
  --fl-line: #3f3f46;
  --fl-control: #8b8b94;
  --fl-hover: #2e2e34;
  --fl-caveat-bg: #3b2f0b;
  --fl-caveat-fg: #fde68a;
  --fl-accent: #93c5fd;
  --fl-on-accent: #0b0b0c;
  --fl-shadow: 0 2px 9px rgb(0 0 0 / 0.55);
  color-scheme: dark;`;
/** Proposal accent on the dark palette. */
const DARK_PROPOSAL = '--fl-accent: #5eead4;';

/** The popover's whole stylesheet, for a shadow root: it resets what it inherits, so neither page CSS nor `:host { all: initial }` changes it. */
export const popoverStyles = `
.fl-popover {
  all: initial;
  --fl-bg: #ffffff;
  --fl-fg: #1b1b1f;
  --fl-muted: #52525b;
  --fl-line: #d4d4d8;
  --fl-control: #71717a;
  --fl-hover: #f4f4f5;
  --fl-caveat-bg: #fef3c7;
  --fl-caveat-fg: #713f12;
  --fl-accent: #1d4ed8;
  --fl-on-accent: #ffffff;
  --fl-shadow: 0 2px 9px rgb(0 0 0 / 0.2);
  box-sizing: border-box;
  display: flex;
  flex-direction: column;
  width: max-content;
  min-width: 240px;
  max-width: min(360px, calc(100vw - 16px));
  max-height: min(480px, calc(100vh - 16px));
  overflow: hidden;
  border: 1px solid var(--fl-line);
  border-top: 4px solid var(--fl-accent);
  border-radius: 8px;
  background: var(--fl-bg);
  color: var(--fl-fg);
  box-shadow: var(--fl-shadow);
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif;
  font-size: 14px;
  font-weight: 400;
  line-height: 1.45;
  text-align: start;
  overflow-wrap: anywhere;
  color-scheme: light;
  animation: fl-appear 120ms ease-out;
}
.fl-popover[data-family="proposal"] { --fl-accent: #0f766e; }
.fl-popover[data-scheme="dark"] {${DARK}}
.fl-popover[data-scheme="dark"][data-family="proposal"] { ${DARK_PROPOSAL} }
@media (prefers-color-scheme: dark) {
  .fl-popover:not([data-scheme="light"]) {${DARK}}
  .fl-popover:not([data-scheme="light"])[data-family="proposal"] { ${DARK_PROPOSAL} }
}
.fl-popover *, .fl-popover *::before, .fl-popover *::after { box-sizing: border-box; }
.fl-popover :where(h2, h3, h4, p, ul) { margin: 0; padding: 0; font: inherit; color: inherit; }
.fl-header { display: flex; align-items: flex-start; gap: 8px; padding: 12px 12px 8px 14px; }
.fl-heading { flex: 1; min-width: 0; }
.fl-kind { font-size: 12px; font-weight: 600; color: var(--fl-accent); }
.fl-title { font-size: 17px; font-weight: 700; line-height: 1.25; }
.fl-context, .fl-meta, .fl-provenance { color: var(--fl-muted); font-size: 13px; }
.fl-popover .fl-links { display: flex; flex-wrap: wrap; gap: 4px 12px; margin-block-start: 4px; list-style: none; font-size: 13px; }
.fl-popover .fl-links a { color: var(--fl-accent); text-decoration: underline; text-underline-offset: 2px; }
.fl-body { flex: 1 1 auto; min-height: 0; overflow-y: auto; overscroll-behavior: contain; padding: 0 14px 12px; }
.fl-summary { margin-block-end: 8px; }
.fl-caveat { margin-block-end: 8px; padding: 6px 8px; border-radius: 4px; background: var(--fl-caveat-bg); color: var(--fl-caveat-fg); }
.fl-caveat-label { font-weight: 700; }
.fl-section { margin-block-start: 12px; }
.fl-section-title { font-size: 12px; font-weight: 700; letter-spacing: 0.04em; text-transform: uppercase; color: var(--fl-muted); }
.fl-group-title { margin-block-start: 6px; font-weight: 600; }
.fl-popover .fl-list { list-style: none; }
.fl-item { padding-block: 4px; border-block-end: 1px solid var(--fl-line); }
.fl-item:last-child { border-block-end: 0; }
.fl-name { font-weight: 600; margin-inline-end: 6px; }
.fl-meta > * + *::before { content: "·"; margin-inline: 4px; color: var(--fl-muted); }
.fl-note { font-size: 13px; color: var(--fl-muted); }
.fl-source { color: inherit; }
.fl-popover a.fl-source { color: var(--fl-accent); text-decoration: underline; text-underline-offset: 2px; cursor: pointer; }
.fl-visually-hidden { position: absolute; width: 1px; height: 1px; margin: -1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.fl-footer { display: flex; align-items: center; justify-content: space-between; gap: 8px; padding: 8px 14px 12px; border-block-start: 1px solid var(--fl-line); }
.fl-provenance { display: flex; flex-direction: column; min-width: 0; font-size: 12px; }
.fl-button {
  all: unset;
  box-sizing: border-box;
  display: inline-flex;
  align-items: center;
  justify-content: center;
  min-height: 28px;
  padding: 4px 10px;
  border: 1px solid var(--fl-control);
  border-radius: 6px;
  background: var(--fl-bg);
  color: var(--fl-fg);
  font: 600 13px/1.2 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  cursor: pointer;
  transition: background-color 120ms ease-out;
}
.fl-button:hover { background: var(--fl-hover); }
.fl-toggle { margin-block-start: 6px; }
.fl-close { flex: none; width: 28px; padding: 0; font-size: 18px; }
.fl-edit { flex: none; border-color: var(--fl-accent); background: var(--fl-accent); color: var(--fl-on-accent); }
.fl-edit:hover { background: var(--fl-accent); text-decoration: underline; }
.fl-popover :is(a, button):focus-visible { outline: 2px solid var(--fl-accent); outline-offset: 2px; }
.fl-popover .fl-body:focus-visible { outline: 2px solid var(--fl-accent); outline-offset: -2px; }
@media (prefers-reduced-motion: reduce) {
  .fl-popover, .fl-popover * { animation: none !important; transition: none !important; scroll-behavior: auto !important; }
}
@keyframes fl-appear { from { opacity: 0; transform: translateY(2px); } to { opacity: 1; transform: none; } }
`;
