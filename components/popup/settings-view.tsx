import { useId } from 'preact/hooks';
import { t } from '@/utils/i18n/t';
import { DisabledSitesList } from './disabled-sites-list';
import { type LogClearing, ReadingLogSettings } from './reading-log-settings';
import { ReinstallPreview, type ReinstallPreviewProps } from './reinstall-preview';
import { HIGHLIGHT_STYLES, type HighlightStyle, type Settings } from './types';

/** Props of {@link SettingsView}. */
export interface SettingsViewProps {
  settings: Settings;
  /** Hostname of the current tab, or null where the extension cannot run (browser pages, new tab). */
  currentSite: string | null;
  onChange(next: Settings): void;
  /** Asks what re-installing the bundled starter pack would change; the answer comes back as `reinstall`. */
  onRestoreStarter(): void;
  /** The re-install's preview, shown in place of its button until the reader confirms or cancels; absent before. */
  reinstall?: ReinstallPreviewProps;
  /** Asks the background to forget the whole reading log; `logClearing` says how it went. */
  onClearLog(): void;
  logClearing: LogClearing;
}

const STYLE_LABELS = {
  background: 'style_background',
  underline: 'style_underline',
  subtle: 'style_subtle',
} as const satisfies Record<HighlightStyle, string>;

/** Bounds of the hover delay, in ms. */
export const HOVER_DELAY = { min: 0, max: 2000, step: 50 } as const;

/** Clamps a typed delay into range and onto the step, so whatever the reader types ends up usable. */
export function normalizeHoverDelay(value: number, fallback: number): number {
  if (!Number.isFinite(value)) return fallback;
  const stepped = Math.round(value / HOVER_DELAY.step) * HOVER_DELAY.step;
  return Math.min(HOVER_DELAY.max, Math.max(HOVER_DELAY.min, stepped));
}

/** The reader's preferences: where highlighting runs, how it looks, when cards open, what the reading log keeps. */
export function SettingsView(props: SettingsViewProps) {
  const { settings, currentSite, onChange, onRestoreStarter, reinstall, onClearLog, logClearing } = props;
  const base = useId();
  const set = (change: Partial<Settings>) => onChange({ ...settings, ...change });
  const siteOn = currentSite !== null && !settings.disabledSites.includes(currentSite);

  return (
    <section class="fl-view fl-settings" aria-label={t('popup_tab_settings')}>
      <label class="fl-check">
        <input
          type="checkbox"
          role="switch"
          checked={settings.paused}
          aria-checked={settings.paused}
          onChange={(event) => set({ paused: event.currentTarget.checked })}
        />
        {t('settings_pause')}
      </label>
      <label class="fl-check">
        <input
          type="checkbox"
          role="switch"
          checked={siteOn}
          aria-checked={siteOn}
          disabled={currentSite === null}
          aria-describedby={currentSite === null ? `${base}-site` : undefined}
          onChange={(event) => {
            if (currentSite === null) return;
            const others = settings.disabledSites.filter((site) => site !== currentSite);
            set({ disabledSites: event.currentTarget.checked ? others : [...others, currentSite] });
          }}
        />
        {currentSite ? t('settings_site', currentSite) : t('settings_this_site')}
      </label>
      {currentSite === null && (
        <p id={`${base}-site`} class="fl-hint">
          {t('settings_site_na')}
        </p>
      )}
      <DisabledSitesList
        sites={settings.disabledSites}
        onRemove={(site) => set({ disabledSites: settings.disabledSites.filter((other) => other !== site) })}
      />
      <label class="fl-field" for={`${base}-style`}>
        {t('settings_style')}
        <select
          id={`${base}-style`}
          value={settings.highlightStyle}
          onChange={(event) => set({ highlightStyle: event.currentTarget.value as HighlightStyle })}
        >
          {HIGHLIGHT_STYLES.map((style) => (
            <option key={style} value={style}>
              {t(STYLE_LABELS[style])}
            </option>
          ))}
        </select>
      </label>
      <label class="fl-field" for={`${base}-delay`}>
        {t('settings_delay')}
        <input
          id={`${base}-delay`}
          type="number"
          min={HOVER_DELAY.min}
          max={HOVER_DELAY.max}
          step={HOVER_DELAY.step}
          value={settings.hoverDelayMs}
          onChange={(event) => {
            const delay = normalizeHoverDelay(event.currentTarget.valueAsNumber, settings.hoverDelayMs);
            event.currentTarget.value = String(delay);
            if (delay !== settings.hoverDelayMs) set({ hoverDelayMs: delay });
          }}
        />
      </label>
      <label class="fl-check">
        <input
          type="checkbox"
          checked={settings.topicGate}
          aria-describedby={`${base}-topic`}
          onChange={(event) => set({ topicGate: event.currentTarget.checked })}
        />
        {t('settings_topic')}
      </label>
      <p id={`${base}-topic`} class="fl-hint">
        {t('settings_topic_hint')}
      </p>
      <label class="fl-check">
        <input
          type="checkbox"
          checked={settings.requireModifier}
          onChange={(event) => set({ requireModifier: event.currentTarget.checked })}
        />
        {t('settings_alt')}
      </label>
      <label class="fl-check">
        <input
          type="checkbox"
          checked={settings.privateHighlights}
          aria-describedby={`${base}-private`}
          onChange={(event) => set({ privateHighlights: event.currentTarget.checked })}
        />
        {t('settings_private')}
      </label>
      <p id={`${base}-private`} class="fl-hint">
        {t('settings_private_hint')}
      </p>
      <ReadingLogSettings settings={settings} onChange={set} onClear={onClearLog} clearing={logClearing} />
      {reinstall ? (
        <ReinstallPreview {...reinstall} />
      ) : (
        <div class="fl-actions">
          <button
            type="button"
            class="fl-button"
            aria-describedby={`${base}-starter`}
            onClick={onRestoreStarter}
          >
            {t('settings_reinstall')}
          </button>
        </div>
      )}
      <p id={`${base}-starter`} class="fl-hint">
        {t('settings_reinstall_hint')}
      </p>
    </section>
  );
}
