import { describe, expect, it } from 'vitest';
import type { ContainerReads } from './container-reads';
import type { PageMentions } from './page-mentions';
import { ScanQueue } from './scan-queue';
import type { ScanWalks } from './scan-walks';

const node = (name: string) => ({ name }) as unknown as Node;
const nameOf = (container: Node) => (container as unknown as { name: string }).name;

/**
 * A queue over three containers, `a`, `b` and `c`, whose whole-page pass yields what `page` picks (null for a stretch
 * with nothing kept), recording reads and what each sweep keeps.
 */
function queue(page: (all: Node[]) => (Node | null)[] = () => []) {
  const read: string[] = [];
  const kept: string[][] = [];
  const all = [node('a'), node('b'), node('c')];
  const walks = { full: () => page(all)[Symbol.iterator]() } as unknown as ScanWalks;
  const reads = { start: (container: Node) => read.push(nameOf(container)) } as unknown as ContainerReads;
  const mentions = {
    sweep: (keep: (container: Node) => boolean) => kept.push(all.filter(keep).map(nameOf)),
  } as unknown as PageMentions;
  const q = new ScanQueue(walks, reads, mentions);
  const drain = () => {
    while (q.next());
  };
  return { q, read, kept, all, drain };
}

describe('ScanQueue', () => {
  it('reads changed containers first, once each, then added subtrees, then the whole page', () => {
    const { q, read, all, drain } = queue();
    const [a, b, c] = all;
    q.restart();
    q.follow([c!][Symbol.iterator]());
    q.touch(b!);
    q.touch(a!);
    q.touch(b!);
    drain();
    expect(read).toEqual(['b', 'a', 'c']);
    expect(q.pending).toBe(false);
  });

  it('sweeps, at the end of the whole-page pass, the mentions of what it did not reach', () => {
    const { q, read, kept, drain } = queue(([a, , c]) => [a!, null, c!]);
    q.restart();
    drain();
    expect(read).toEqual(['a', 'c']);
    expect(kept).toEqual([['a', 'c']]);
  });

  it('takes one stretch of a walk a step, and drops everything when cleared', () => {
    const { q, read, kept } = queue(([a, b]) => [a!, null, b!]);
    q.restart();
    expect(q.next()).toBe(true);
    expect(read).toEqual(['a']);
    q.clear();
    expect(q.pending).toBe(false);
    expect(q.next()).toBe(false);
    expect(read).toEqual(['a']);
    expect(kept).toEqual([]);
  });
});
