import { type ImportPreview, previewImport } from '@/utils/import-preview';
import type { ImportMode, ImportSummary } from '@/utils/pack';
import { parsePack } from '@/utils/pack-parse';
import { issueMessages } from '@/utils/schema/issues';
import type { Kb } from './kb';
import { importPack } from './pack-io';
import { readAll } from './read-all';

/**
 * What importing a pack file's text would do to the stored records, planned as the import plans it; throws, listing
 * the problems, when the file is not a pack at all.
 */
export async function previewPack(kb: Kb, text: string, now: number): Promise<ImportPreview> {
  const preview = previewImport(text, await kb.read(readAll), now);
  if (!preview.ok) throw new Error(issueMessages(preview.issues).join('\n'));
  return preview.value;
}

/** Imports a pack file's text, or refuses the whole pack, listing its problems, if anything in it has one. */
export async function importPackText(
  kb: Kb,
  text: string,
  mode: ImportMode,
  now: number,
): Promise<ImportSummary> {
  const parsed = parsePack(text, now);
  if (!parsed.ok) throw new Error(`The pack was not imported:\n${issueMessages(parsed.issues).join('\n')}`);
  return importPack(kb, parsed.value, mode);
}
