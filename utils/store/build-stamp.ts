declare const __FL_BUILD__: string | undefined;

/**
 * Which build of the extension made the derived data it keeps (the stance matrix, the page matcher): an update may
 * change how they are built or packed, so what another build kept is never read. The build sets it (wxt.config.ts);
 * the unit tests, which no build stamps, share one.
 */
export const BUILD_STAMP: string = typeof __FL_BUILD__ === 'string' ? __FL_BUILD__ : 'unbuilt';
