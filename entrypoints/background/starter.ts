import type { Pack } from '@/utils/pack';
import { parsePack } from '@/utils/pack-parse';
import { issueMessages } from '@/utils/schema/issues';

/**
 * Reads a pack the extension ships (the starter, the 2025–2026 pack) through the same validation as any user pack,
 * so a broken release file is caught as loudly as a broken import.
 */
export async function loadBundledPack(url: string, now: number): Promise<Pack> {
  const response = await fetch(url);
  const parsed = parsePack(await response.text(), now);
  if (!parsed.ok)
    throw new Error(`The bundled pack ${url} is invalid: ${issueMessages(parsed.issues).join('; ')}`);
  return parsed.value;
}
