import { t } from '@/utils/i18n/t';
import type { ImportPreview } from '@/utils/import-preview';
import type { ImportMode } from '@/utils/pack';
import { type ChunkedPack, chunkPack } from '@/utils/pack-chunks';
import { CallError } from '@/utils/protocol/call';
import type { CallName, CallPayload, CallResult } from '@/utils/protocol/calls';
import { issueMessages } from '@/utils/schema/issues';
import type { ImportProgress } from '@/utils/staged-import';
import type { BulkSummary } from '@/utils/undo-point';

/**
 * How often the popup asks after a preview or commit that is still working: far inside both browsers' 30 s idle
 * limit (and a test's shortened 3 s one), for the price of a tiny message, and a lost background shows within seconds.
 */
export const PING_MS = 2_000;

/** What sends one request to the background: `call` in the popup. */
export type Send = <M extends CallName>(type: M, payload: CallPayload<M>) => Promise<CallResult<M>>;

/** A pack the background holds staged and previewed: the reader's "Import" commits it, or sends `text` again. */
export interface StagedPack {
  importId: string;
  total: number;
  text: string;
}

type Stage = 'previewing' | 'sending' | 'writing';

/** A failure of the messaging itself (the background stopped or restarted), as the reader should read it. */
function lostTouch(error: unknown, stage: Stage): unknown {
  if (error instanceof CallError) return error;
  const reason = error instanceof Error ? error.message : String(error);
  if (stage === 'writing') return new Error(t('stopped_writing', reason));
  return new Error(t(stage === 'previewing' ? 'stopped_preview' : 'stopped_import', reason));
}

function split(text: string): ChunkedPack & { total: number } {
  const chunked = chunkPack(text);
  if (!chunked.ok) throw new Error([t('pack_not_imported'), ...issueMessages(chunked.issues)].join('\n'));
  const { counts } = chunked.value;
  return { ...chunked.value, total: counts.entries + counts.facts + counts.stances };
}

/** Sends the envelope, then each chunk as its own message so neither browser's idle rule ends the background. */
async function stage(pack: ReturnType<typeof split>, send: Send, onProgress: (p: ImportProgress) => void) {
  const { importId } = await send('kb.importBegin', { head: pack.head, counts: pack.counts });
  onProgress({ received: 0, total: pack.total, writing: false });
  for (const chunk of pack.chunks) onProgress(await send('kb.importChunk', { importId, ...chunk }));
  return importId;
}

/**
 * Waits for a long request while a status request every `pingMs` keeps the background awake and reports progress;
 * one that finds the import gone (the background restarted) ends the wait with its error.
 */
async function awake<T>(
  request: Promise<T>,
  importId: string,
  send: Send,
  onProgress: (p: ImportProgress) => void,
  pingMs: number,
) {
  let timer: ReturnType<typeof setInterval> | undefined;
  const gone = new Promise<never>((_, reject) => {
    const ask = () => send('kb.importStatus', { importId }).then(onProgress);
    // A status refused just as the request ends must not hide its own answer: give that a moment to land.
    const fail = (error: unknown) => setTimeout(() => reject(error), pingMs);
    timer = setInterval(() => void ask().catch(fail), pingMs);
  });
  try {
    return await Promise.race([request, gone]);
  } finally {
    clearInterval(timer);
  }
}

/**
 * Stages a pack's text in the background chunk by chunk and asks what committing it would do, keeping it staged so
 * the reader's "Import" need not send it again. Progress goes to `onProgress`.
 */
export async function previewStaged(
  text: string,
  send: Send,
  onProgress: (progress: ImportProgress) => void,
  pingMs = PING_MS,
): Promise<{ staged: StagedPack; preview: ImportPreview }> {
  const pack = split(text);
  try {
    const importId = await stage(pack, send, onProgress);
    const preview = await awake(send('kb.importPreview', { importId }), importId, send, onProgress, pingMs);
    return { staged: { importId, total: pack.total, text }, preview };
  } catch (error) {
    throw lostTouch(error, 'previewing');
  }
}

async function commit(
  importId: string,
  total: number,
  mode: ImportMode,
  send: Send,
  onProgress: (p: ImportProgress) => void,
  pingMs: number,
) {
  onProgress({ received: total, total, writing: true });
  return awake(send('kb.importCommit', { importId, mode }), importId, send, onProgress, pingMs);
}

/**
 * Imports a pack's text as a staged import: the envelope, then chunks of records, then the commit, which writes all
 * or nothing while status requests keep the background awake. Progress goes to `onProgress`.
 */
export async function sendImport(
  text: string,
  mode: ImportMode,
  send: Send,
  onProgress: (progress: ImportProgress) => void,
  pingMs = PING_MS,
): Promise<BulkSummary> {
  const pack = split(text);
  let writing = false;
  try {
    const importId = await stage(pack, send, onProgress);
    writing = true;
    return await commit(importId, pack.total, mode, send, onProgress, pingMs);
  } catch (error) {
    throw lostTouch(error, writing ? 'writing' : 'sending');
  }
}

/**
 * Commits a previewed pack without sending it again; if the background no longer holds it (it restarted, or the
 * reader took over a minute), nothing of it was written, so the pack is sent again and committed.
 */
export async function commitStaged(
  staged: StagedPack,
  mode: ImportMode,
  send: Send,
  onProgress: (progress: ImportProgress) => void,
  pingMs = PING_MS,
): Promise<BulkSummary> {
  try {
    return await commit(staged.importId, staged.total, mode, send, onProgress, pingMs);
  } catch (error) {
    if (!(error instanceof CallError && error.code === 'not-found')) throw lostTouch(error, 'writing');
  }
  return sendImport(staged.text, mode, send, onProgress, pingMs);
}
