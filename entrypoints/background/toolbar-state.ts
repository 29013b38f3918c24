import { t } from '@/utils/i18n/t';
import { activeOn, type Settings } from '@/utils/settings';

const SIZES = [16, 32, 48] as const;
const iconSet = (dir: string) => Object.fromEntries(SIZES.map((size) => [size, `/${dir}/${size}.png`]));

/** The toolbar's two looks: the product icon, and a grey one for a tab where Fact Linker does not run. */
export const TOOLBAR_ICONS = { on: iconSet('icon'), off: iconSet('icon-off') } as const;

/** What the toolbar shows for one tab. */
export interface ToolbarLook {
  icon: keyof typeof TOOLBAR_ICONS;
  title: string;
}

/** The look for a tab at `url`: grey and saying why while paused everywhere or switched off on its site. */
export function toolbarLook(settings: Settings, url: string | undefined): ToolbarLook {
  if (settings.paused) return { icon: 'off', title: t('toolbar_paused') };
  let host = '';
  try {
    const parsed = new URL(url ?? '');
    if (parsed.protocol === 'http:' || parsed.protocol === 'https:') host = parsed.hostname;
  } catch {
    host = '';
  }
  if (host && !activeOn(settings, host)) return { icon: 'off', title: t('toolbar_off_on', host) };
  return { icon: 'on', title: t('ext_name') };
}

/** The slice of the browser the toolbar needs; tests pass fakes. */
export interface ToolbarDeps {
  setIcon(details: { tabId: number; path: Record<string, string> }): Promise<void>;
  setTitle(details: { tabId: number; title: string }): Promise<void>;
  tabs(): Promise<{ id?: number; url?: string }[]>;
}

/**
 * Keeps each tab's toolbar icon and tooltip in step with the settings, so a reader sees at a glance that Fact
 * Linker is paused or off on the site in front of them. A tab that closed meanwhile is skipped.
 */
export class ToolbarState {
  #settings: Settings | null = null;

  constructor(private readonly deps: ToolbarDeps) {}

  /** Takes new settings and repaints every open tab. */
  async setSettings(settings: Settings): Promise<void> {
    this.#settings = settings;
    const tabs = await this.deps.tabs();
    await Promise.all(tabs.map((tab) => (tab.id === undefined ? null : this.show(tab.id, tab.url))));
  }

  /** Repaints one tab, as it navigates to `url`. */
  async show(tabId: number, url: string | undefined): Promise<void> {
    if (!this.#settings) return;
    const look = toolbarLook(this.#settings, url);
    try {
      await this.deps.setIcon({ tabId, path: TOOLBAR_ICONS[look.icon] });
      await this.deps.setTitle({ tabId, title: look.title });
    } catch {
      // The tab closed between the query and the call: nothing to show it on.
    }
  }
}
