import type { Pack } from '@/utils/pack';
import { parsePack } from '@/utils/pack-parse';
import { issueMessages } from '@/utils/schema/issues';
import { type FetchedText, fetchPackText, type Validators } from './fetch-pack';
import { FetchPackError } from './read-capped';

/** A conditional fetch's outcome once checked: unchanged, or a new version of the pack, valid as an import requires. */
export type FetchedPack = { status: 'unchanged' } | ({ status: 'changed'; pack: Pack } & Validators);

/**
 * A fetched pack's text checked exactly as an imported file is (utils/pack-parse.ts: size, format, version, every
 * record and reference); a broken or hostile pack throws {@link FetchPackError} with every problem, so nothing is
 * written from it.
 */
export function checkedPack(text: string, now: number): Pack {
  const parsed = parsePack(text, now);
  if (parsed.ok) return parsed.value;
  throw new FetchPackError(`The pack is refused:\n${issueMessages(parsed.issues).join('\n')}`);
}

/** Fetches a pack's address conditionally (./fetch-pack.ts) and checks a new version before anyone sees it. */
export async function fetchPack(
  fetcher: typeof fetch,
  url: string,
  last: Validators,
  now: number,
): Promise<FetchedPack> {
  const fetched: FetchedText = await fetchPackText(fetcher, url, last);
  if (fetched.status === 'unchanged') return fetched;
  const { text, ...validators } = fetched;
  return { ...validators, pack: checkedPack(text, now) };
}
