import type { ImportMode, ImportSummary } from '@/utils/pack';
import { chunkPack } from '@/utils/pack-chunks';
import { CallError } from '@/utils/protocol/call';
import type { CallName, CallPayload, CallResult } from '@/utils/protocol/calls';
import { issueMessages } from '@/utils/schema/issues';
import type { ImportProgress } from '@/utils/staged-import';

/** How often the popup asks after a commit that is still writing: well inside both browsers' 30 s idle limit. */
export const PING_MS = 10_000;

/** What sends one request to the background: `call` in the popup. */
export type Send = <M extends CallName>(type: M, payload: CallPayload<M>) => Promise<CallResult<M>>;

/** A failure of the messaging itself (the background stopped or restarted), as the reader should read it. */
function lostTouch(error: unknown, writing: boolean): unknown {
  if (error instanceof CallError) return error;
  const reason = error instanceof Error ? error.message : String(error);
  return new Error(
    writing
      ? `The background stopped while writing the import (${reason}). It writes all or nothing: if the entries are not there, nothing was imported; try again.`
      : `The background stopped before the import was complete (${reason}): nothing was imported. Try again.`,
  );
}

/**
 * Imports a pack's text as a staged import: the envelope, then chunks of records, each its own message so neither
 * browser's 30-second idle rule ends the background in the middle, then the commit, which writes all or nothing.
 * While the commit writes, a status request every `pingMs` keeps the background awake and reports progress; one that
 * finds the import gone (the background restarted) ends the wait with an error. Progress goes to `onProgress`.
 */
export async function sendImport(
  text: string,
  mode: ImportMode,
  send: Send,
  onProgress: (progress: ImportProgress) => void,
  pingMs = PING_MS,
): Promise<ImportSummary> {
  const split = chunkPack(text);
  if (!split.ok) throw new Error(`The pack was not imported:\n${issueMessages(split.issues).join('\n')}`);
  const { head, counts, chunks } = split.value;
  const total = counts.entries + counts.facts + counts.stances;
  let writing = false;
  let timer: ReturnType<typeof setInterval> | undefined;
  try {
    const { importId } = await send('kb.importBegin', { head, counts, mode });
    onProgress({ received: 0, total, writing });
    for (const chunk of chunks) onProgress(await send('kb.importChunk', { importId, ...chunk }));
    writing = true;
    onProgress({ received: total, total, writing });
    const gone = new Promise<never>((_, reject) => {
      const ask = () => send('kb.importStatus', { importId }).then(onProgress);
      // A status refused just as the commit ends must not hide the commit's own answer: give that a moment to land.
      const fail = (error: unknown) => setTimeout(() => reject(error), pingMs);
      timer = setInterval(() => void ask().catch(fail), pingMs);
    });
    return await Promise.race([send('kb.importCommit', { importId }), gone]);
  } catch (error) {
    throw lostTouch(error, writing);
  } finally {
    clearInterval(timer);
  }
}
