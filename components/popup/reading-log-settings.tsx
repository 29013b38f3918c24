import { useId } from 'preact/hooks';
import { t } from '@/utils/i18n/t';
import type { Settings } from './types';

/** Where the last "Clear reading log" stands. */
export type LogClearing = 'idle' | 'busy' | 'done' | 'failed';

/** Props of {@link ReadingLogSettings}. */
export interface ReadingLogSettingsProps {
  settings: Settings;
  onChange(change: Partial<Settings>): void;
  onClear(): void;
  clearing: LogClearing;
}

/** Bounds of the retention fields, as `utils/settings.ts` checks them. */
const DAYS = { min: 1, max: 3650 } as const;
const PAGES = { min: 1, max: 1000 } as const;

/** A typed number clamped into its bounds and made whole, or null when it is no number at all. */
function clampWhole(value: number, bounds: { min: number; max: number }): number | null {
  return Number.isFinite(value) ? Math.min(bounds.max, Math.max(bounds.min, Math.round(value))) : null;
}

/** The mention log's settings: on or off, how long and how many pages it keeps, private windows, and clearing it. */
export function ReadingLogSettings({ settings, onChange, onClear, clearing }: ReadingLogSettingsProps) {
  const base = useId();
  const number = (key: 'seenMaxAgeDays' | 'seenMaxPages', bounds: { min: number; max: number }) => (
    <input
      id={`${base}-${key}`}
      type="number"
      min={bounds.min}
      max={bounds.max}
      value={settings[key]}
      onChange={(event) => {
        const next = clampWhole(event.currentTarget.valueAsNumber, bounds) ?? settings[key];
        event.currentTarget.value = String(next);
        if (next !== settings[key]) onChange({ [key]: next });
      }}
    />
  );
  return (
    <section aria-labelledby={`${base}-heading`}>
      <h3 id={`${base}-heading`} class="fl-subheading">
        {t('settings_log_heading')}
      </h3>
      <label class="fl-check">
        <input
          type="checkbox"
          checked={settings.seenLog}
          aria-describedby={`${base}-hint`}
          onChange={(event) => onChange({ seenLog: event.currentTarget.checked })}
        />
        {t('settings_log')}
      </label>
      <p id={`${base}-hint`} class="fl-hint">
        {t('settings_log_hint')}
      </p>
      <label class="fl-field" for={`${base}-seenMaxAgeDays`}>
        {t('settings_log_days')}
        {number('seenMaxAgeDays', DAYS)}
      </label>
      <label class="fl-field" for={`${base}-seenMaxPages`}>
        {t('settings_log_pages')}
        {number('seenMaxPages', PAGES)}
      </label>
      <label class="fl-check">
        <input
          type="checkbox"
          checked={settings.seenInPrivate}
          onChange={(event) => onChange({ seenInPrivate: event.currentTarget.checked })}
        />
        {t('settings_log_private')}
      </label>
      <div class="fl-actions">
        <button type="button" class="fl-button" disabled={clearing === 'busy'} onClick={onClear}>
          {t('settings_log_clear')}
        </button>
        <span role="status">
          {clearing === 'done' && t('settings_log_cleared')}
          {clearing === 'failed' && t('settings_log_clear_failed')}
        </span>
      </div>
    </section>
  );
}
