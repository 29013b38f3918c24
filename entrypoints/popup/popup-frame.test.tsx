import { render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { PopupLayout } from '@/components/popup/popup-layout';
import { withPopupCss } from '@/tests/helpers/popup-css';
import { Notices } from './notices';
import { PopupHeader } from './popup-header';

withPopupCss();

/** The shell's frame as App renders it, with the popup's stylesheets. */
function renderFrame() {
  render(
    <div id="app">
      <PopupHeader wide={false} onOpenInTab={vi.fn()} onOpenDossier={vi.fn()} />
      <main class="fl-main">
        <PopupLayout active="page" onSelect={vi.fn()}>
          <Notices
            notice={{ kind: 'error', text: 'https://example.com/a-very-long-address' }}
            onDismiss={vi.fn()}
          />
        </PopupLayout>
      </main>
    </div>,
  );
}

describe('the popup frame at 380 × 600', () => {
  it('keeps the page within 600 px and scrolls only the panel, so the tabs stay in view', () => {
    renderFrame();
    const app = document.getElementById('app')!;
    const panel = screen.getByRole('tabpanel');
    expect(getComputedStyle(app).maxHeight).toBe('600px');
    expect(getComputedStyle(panel).overflowY).toBe('auto');
    expect(getComputedStyle(panel).minHeight).toBe('0');
    expect(panel.contains(screen.getByRole('tablist'))).toBe(false);
    expect(getComputedStyle(screen.getByRole('tablist')).flexShrink).toBe('0');
  });

  it('lets a long message wrap anywhere but never "Dismiss", which keeps its width', () => {
    renderFrame();
    const dismiss = screen.getByRole('button', { name: 'Dismiss' });
    expect(getComputedStyle(dismiss).flexShrink).toBe('0');
    expect(getComputedStyle(dismiss).whiteSpace).toBe('nowrap');
    expect(getComputedStyle(dismiss.previousElementSibling!).minWidth).toBe('0');
  });
});
