import type { ComponentChildren } from 'preact';
import { useId, useRef } from 'preact/hooks';
import { t } from '@/utils/i18n/t';
import type { PopupTab } from './types';

/** The popup's tabs in display order. */
export const POPUP_TABS: readonly PopupTab[] = ['page', 'entries', 'packs', 'import', 'settings'];

/** A tab's name as the reader sees it, for the tab itself and the panel's hidden heading. */
export function tabLabel(tab: PopupTab): string {
  return t(`popup_tab_${tab}`);
}

/** Props of {@link PopupLayout}: which tab is shown, how to switch, and the shown view as children. */
export interface PopupLayoutProps {
  active: PopupTab;
  onSelect(tab: PopupTab): void;
  /** The active tab's view; only one panel exists at a time. */
  children: ComponentChildren;
}

/**
 * The popup's frame: a tablist following the ARIA tabs pattern (roving tabindex, arrows/Home/End move and
 * select) above the one panel the shell fills, so every view gets keyboard navigation for free.
 */
export function PopupLayout({ active, onSelect, children }: PopupLayoutProps) {
  const base = useId();
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);
  const activeIndex = Math.max(0, POPUP_TABS.indexOf(active));

  function move(index: number) {
    const count = POPUP_TABS.length;
    const next = (index + count) % count;
    const tab = POPUP_TABS[next];
    if (!tab) return;
    onSelect(tab);
    tabs.current[next]?.focus();
  }

  function onKeyDown(event: KeyboardEvent) {
    const step: Record<string, number> = {
      ArrowRight: activeIndex + 1,
      ArrowLeft: activeIndex - 1,
      Home: 0,
      End: POPUP_TABS.length - 1,
    };
    const target = step[event.key];
    if (target === undefined) return;
    event.preventDefault();
    move(target);
  }

  return (
    <div class="fl-popup">
      <div class="fl-tabs" role="tablist" aria-label={t('ext_name')} onKeyDown={onKeyDown}>
        {POPUP_TABS.map((tab, index) => (
          <button
            key={tab}
            ref={(el) => {
              tabs.current[index] = el;
            }}
            type="button"
            role="tab"
            class="fl-tab"
            id={`${base}-tab-${tab}`}
            aria-selected={tab === active}
            aria-controls={`${base}-panel`}
            tabIndex={tab === active ? 0 : -1}
            onClick={() => onSelect(tab)}
          >
            {tabLabel(tab)}
          </button>
        ))}
      </div>
      <div
        class="fl-panel"
        role="tabpanel"
        id={`${base}-panel`}
        aria-labelledby={`${base}-tab-${POPUP_TABS[activeIndex] ?? 'page'}`}
      >
        {children}
      </div>
    </div>
  );
}
