import { COLLECTIONS } from '@/utils/import-plan';
import { type ImportPreview, previewRecords } from '@/utils/import-preview';
import type { Checked, PackRecords } from '@/utils/pack';
import { checkPack, readPackJson } from '@/utils/pack-parse';

/**
 * The preview of a whole pack's text read in one piece, as `parsePack` reads it: what a staged import's preview,
 * chunk by chunk, must equal, and the shortest way for a test to preview a pack.
 */
export function previewText(text: string, stored: PackRecords, now: number): Checked<ImportPreview> {
  const read = readPackJson(text);
  if (!read.ok) return read;
  const checked = checkPack(read.value, now);
  if (checked.ok) return previewRecords(checked.value.title, checked.value, [], stored);
  const records = Object.fromEntries(
    COLLECTIONS.map((key) => [key, read.value[key]]),
  ) as unknown as PackRecords;
  return previewRecords(read.value.title as string, records, checked.issues, stored);
}
