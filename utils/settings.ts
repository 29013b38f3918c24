import * as v from 'valibot';

/** How highlighted mentions look on a page: ::highlight() takes colours and text decorations, not outlines. */
export const HIGHLIGHT_STYLES = ['background', 'underline', 'subtle'] as const;
/** One highlight style. */
export type HighlightStyle = (typeof HIGHLIGHT_STYLES)[number];

/** What well-formed settings look like: how the background checks what it sends pages, and a page what it hears. */
export const settingsSchema = v.object({
  paused: v.boolean(),
  disabledSites: v.pipe(v.array(v.pipe(v.string(), v.maxLength(253))), v.maxLength(10_000)),
  highlightStyle: v.picklist(HIGHLIGHT_STYLES),
  hoverDelayMs: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(2000)),
  requireModifier: v.boolean(),
  privateHighlights: v.boolean(),
  topicGate: v.boolean(),
  seenLog: v.boolean(),
  seenMaxAgeDays: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(3650)),
  seenMaxPages: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(1000)),
  seenInPrivate: v.boolean(),
});

/** The reader's preferences: kept in extension storage, edited in the popup, obeyed at once by every tab. */
export type Settings = v.InferOutput<typeof settingsSchema>;

/** What a new install starts with. */
export const DEFAULT_SETTINGS: Settings = {
  paused: false,
  disabledSites: [],
  highlightStyle: 'background',
  hoverDelayMs: 300,
  requireModifier: false,
  privateHighlights: false,
  topicGate: true,
  seenLog: true,
  seenMaxAgeDays: 90,
  seenMaxPages: 200,
  seenInPrivate: false,
};

/** The storage key settings live under. */
export const SETTINGS_KEY = 'settings';

/**
 * Reads stored settings field by field, keeping defaults for anything missing or malformed. A missing field is not
 * checked at all: on a new install every field is missing, and valibot building eleven refusals cost a few
 * milliseconds on every page load.
 */
export function readSettings(stored: unknown): Settings {
  const fields = (typeof stored === 'object' && stored !== null ? stored : {}) as Record<string, unknown>;
  const merged: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  for (const key of Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[]) {
    const field = fields[key];
    if (field !== undefined && v.is(settingsSchema.entries[key], field)) merged[key] = field;
  }
  return merged as Settings;
}

/** Whether highlighting runs on a host: not while paused, nor on a site the reader turned off. */
export function activeOn(settings: Settings, hostname: string): boolean {
  return !settings.paused && !settings.disabledSites.includes(hostname.toLowerCase());
}
