/** What a reader is told when the browser refuses to store more: what happened, that nothing changed, what to do. */
export const QUOTA_MESSAGE =
  "The browser has no room left for Fact Linker's knowledge base: nothing was saved. Free disk space or remove entries, then try again.";

/**
 * A write the browser refused for lack of storage space. Its code crosses the protocol, so the popup shows this
 * message instead of IndexedDB's own ("QuotaExceededError") or a bare "Something went wrong".
 */
export class QuotaError extends Error {
  override readonly name = 'QuotaError';
  /** Tells callers across contexts the write failed for space, not for anything in the record. */
  readonly code = 'quota-exceeded';

  constructor() {
    super(QUOTA_MESSAGE);
  }
}

function isQuotaExceeded(error: unknown): boolean {
  return (error as { name?: unknown } | null)?.name === 'QuotaExceededError';
}

/**
 * The error a failed write should report: a QuotaError when the request failed for space or when the transaction
 * was aborted for space (a commit over quota fails its requests with AbortError and sets the quota error on the
 * transaction), otherwise the error as it was.
 */
export function writeFailure(error: unknown, transactionError: DOMException | null): unknown {
  return isQuotaExceeded(error) || isQuotaExceeded(transactionError) ? new QuotaError() : error;
}
