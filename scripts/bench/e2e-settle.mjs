/** Resolves after `ms`. */
export const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

/** Longest wait for a page's first report (a 50k base on a large, loaded machine takes seconds). */
const REPORT_TIMEOUT_MS = 60_000;
/** Time left after the report for its call, the last paint and stray tasks of the scan to finish. */
const TAIL_MS = 500;

/**
 * Waits until `check` answers true, polling every 100 ms; false when `timeoutMs` passed first.
 * @param {() => Promise<boolean>} check
 * @param {number} timeoutMs
 */
export async function until(check, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await check()) return true;
    if (Date.now() > deadline) return false;
    await sleep(100);
  }
}

/**
 * Ends a page load the same way with and without the extension, without touching the page meanwhile (reading
 * its counters would itself add tasks): with it (`reported` given), once the content script's first report
 * was heard plus a short tail, returning how long that took after `load`; without it, after `afterLoadMs`, the
 * time its paired load with the extension took, so both count the same stretch of idle time.
 * @param {{ reported?: () => Promise<boolean>, afterLoadMs?: number }} how
 * @returns {Promise<{ afterLoadMs: number, reported: boolean }>}
 */
export async function settleLoad({ reported, afterLoadMs = TAIL_MS }) {
  const start = Date.now();
  if (!reported) {
    await sleep(afterLoadMs);
    return { afterLoadMs, reported: false };
  }
  const heard = await until(reported, REPORT_TIMEOUT_MS);
  await sleep(TAIL_MS);
  return { afterLoadMs: Date.now() - start, reported: heard };
}
