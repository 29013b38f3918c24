/** Types for tests: where Debian's Chromium lives. */
export declare const CHROMIUM_PATH: string;
/** Types for tests: flags for every Chromium we launch. */
export declare const CHROMIUM_FLAGS: readonly string[];
/** Types for tests: the flags that load an unpacked extension from `dir`. */
export declare function extensionFlags(dir: string): string[];
/** Types for tests: closes the first-run guide the extension opens on install. */
export declare function closeWelcome(context: import('playwright-core').BrowserContext): Promise<void>;
