/** Types for tests: where Debian's Firefox ESR lives. */
export declare const FIREFOX_PATH: string;
/** Types for tests: the prefs that make every request off 127.0.0.1 fail at once. */
export declare const OFFLINE_PREFS: Readonly<Record<string, string | number | boolean>>;
