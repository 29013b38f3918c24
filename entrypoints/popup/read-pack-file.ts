import { MAX_PACK_CHARS } from '@/utils/pack-parse';

/** Largest file read for import: the background refuses longer text anyway, so bigger files are never read. */
export const MAX_PACK_BYTES = MAX_PACK_CHARS;

/** A file's text, or why it was not read. */
export type FileRead = { ok: true; text: string } | { ok: false; error: string };

/** Sizes the way the messages state them: one decimal in MB. */
export function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Reads a picked pack file, refusing one over the limit from its size alone, before reading any of it. */
export async function readPackFile(file: File): Promise<FileRead> {
  if (file.size > MAX_PACK_BYTES) {
    return {
      ok: false,
      error: `“${file.name}” is ${megabytes(file.size)}: a pack can be at most ${megabytes(MAX_PACK_BYTES)}. Nothing was imported.`,
    };
  }
  try {
    return { ok: true, text: await file.text() };
  } catch (error) {
    return { ok: false, error: `Could not read “${file.name}”: ${String(error)}` };
  }
}
