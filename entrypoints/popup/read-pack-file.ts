import { t, uiLocale } from '@/utils/i18n/t';
import { MAX_PACK_CHARS } from '@/utils/pack-parse';

/** Largest file read for import: the background refuses longer text anyway, so bigger files are never read. */
export const MAX_PACK_BYTES = MAX_PACK_CHARS;

/** A file's text, or why it was not read. */
export type FileRead = { ok: true; text: string } | { ok: false; error: string };

/** Sizes the way the messages state them: one decimal in MB, written the reader's way ("1.5 MB", "1,5 Mo"). */
export function megabytes(bytes: number): string {
  const size = new Intl.NumberFormat(uiLocale(), { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  return t('megabytes', size.format(bytes / 1024 / 1024));
}

/** Reads a picked pack file, refusing one over the limit from its size alone, before reading any of it. */
export async function readPackFile(file: File): Promise<FileRead> {
  if (file.size > MAX_PACK_BYTES) {
    return {
      ok: false,
      error: t('file_too_big', t('quote', file.name), megabytes(file.size), megabytes(MAX_PACK_BYTES)),
    };
  }
  try {
    return { ok: true, text: await file.text() };
  } catch (error) {
    return { ok: false, error: t('file_unreadable', t('quote', file.name), String(error)) };
  }
}
