import type { ImportMode } from '@/utils/pack';
import { parsePack } from '@/utils/pack-parse';
import { issueMessages } from '@/utils/schema/issues';
import type { BulkSummary } from '@/utils/undo-point';
import type { Kb } from './kb';
import { importPack } from './pack-io';

/** Imports a pack file's text, or refuses the whole pack, listing its problems, if anything in it has one. */
export async function importPackText(
  kb: Kb,
  text: string,
  mode: ImportMode,
  now: number,
): Promise<BulkSummary> {
  const parsed = parsePack(text, now);
  if (!parsed.ok) throw new Error(`The pack was not imported:\n${issueMessages(parsed.issues).join('\n')}`);
  return importPack(kb, parsed.value, mode);
}
