import { browser } from 'wxt/browser';
import { call } from '@/utils/protocol/call';

/** The browser's permission prompt as the Packs view uses it: host permissions, by match pattern. */
export interface OriginPermissions {
  /** Resolves true when granted; must run in the reader's click (a user gesture), before anything is awaited. */
  request(permissions: { origins: string[] }): Promise<boolean>;
}

/**
 * How the Packs view's hooks reach beyond the popup: the background's requests and the browser's permission prompt,
 * one seam so their tests give fakes of both and nothing else.
 */
export interface PacksLink {
  call: typeof call;
  permissions: OriginPermissions;
}

/** The real link: the checked protocol's `call`, and `browser.permissions`, looked up when asked. */
export const BROWSER_LINK: PacksLink = {
  call,
  permissions: { request: (permissions) => browser.permissions.request(permissions) },
};
