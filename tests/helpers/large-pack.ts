import { blankEntry } from '@/utils/model';
import { minimalPack } from './minimal-pack';

/** A pack's record lists as a test may break them. */
type RecordLists = { entries: unknown[]; facts: unknown[]; stances: unknown[] };

/**
 * The minimal pack with `count` more entries, each with a 300-character summary, so a few thousand make a pack of
 * several import chunks; `mutate` may break records before the text is made.
 */
export function largePackText(count: number, mutate: (pack: RecordLists) => void = () => {}): string {
  const pack = minimalPack();
  const summary = 'A generated envoy who appears in no news at all. '.repeat(6).trim();
  for (let i = 0; i < count; i += 1)
    pack.entries.push({ ...blankEntry(`envoy-${i}`, 'person', `Envoy Number ${i}`), summary, rev: 1 });
  mutate(pack as unknown as RecordLists);
  return JSON.stringify(pack);
}
