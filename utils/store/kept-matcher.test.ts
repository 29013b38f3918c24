import { openDB } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import { CURRENT_LAYOUT, layoutOf } from '@/tests/helpers/db-layout';
import { EMPTY_WIRE } from '@/tests/helpers/empty-wire';
import { freshKb, freshName, makeEntry, NOTHING_LOADED } from '@/tests/helpers/kb-records';
import { upgradedFrom } from '@/tests/helpers/older-kb';
import { NO_FACTS } from '@/utils/mention-rules';
import { type Kb, openKb } from './kb';
import type { PageMatcher } from './kept-matcher';
import type { KbSchema } from './layout';

const matcherAt = (version: number, epoch = 'epoch-1'): PageMatcher => ({
  version,
  matcher: EMPTY_WIRE,
  facts: NO_FACTS,
  numbering: { epoch, ids: new TextEncoder().encode('macron un') },
});

const open: Kb[] = [];
afterEach(() => {
  for (const kb of open.splice(0)) kb.close();
});

describe('kept page matcher', () => {
  it('is read back at its version only and replaces the one kept before, its numbering read back at any version', async () => {
    const kb = await freshKb();
    open.push(kb);
    expect(await kb.kept.numbering()).toBeNull();
    await kb.kept.keepMatcher(matcherAt(0));
    expect(await kb.kept.matcher(0)).toEqual(matcherAt(0));
    await kb.saveDraft({ entry: makeEntry('one'), facts: [], stances: [] }, null, NOTHING_LOADED);
    expect(await kb.kept.matcher(1)).toBeNull();
    expect(await kb.kept.numbering()).toEqual(matcherAt(0).numbering);
    await kb.kept.keepMatcher(matcherAt(1, 'epoch-2'));
    expect(await kb.kept.matcher(1)).toEqual(matcherAt(1, 'epoch-2'));
    expect(await kb.kept.matcher(0)).toBeNull();
    await kb.saveDraft({ entry: makeEntry('two'), facts: [], stances: [] }, null, NOTHING_LOADED);
    await kb.kept.keepMatcher(matcherAt(1, 'epoch-3'));
    expect(await kb.kept.matcher(2)).toBeNull();
    expect(await kb.kept.numbering()).toEqual(matcherAt(1, 'epoch-3').numbering);
  });

  it('is not read, nor its numbering, when another build of the extension kept it', async () => {
    const name = freshName();
    const kb = await openKb(name);
    open.push(kb);
    await kb.kept.keepMatcher(matcherAt(0));
    const db = await openDB<KbSchema>(name);
    await db.put('kept-matcher', { build: 'an older build', matcher: matcherAt(0) }, 0);
    db.close();
    expect(await kb.kept.matcher(0)).toBeNull();
    expect(await kb.kept.numbering()).toBeNull();
  });

  it('upgrades a version 10 database: adds the empty store and keeps what was stored', async () => {
    const { name, kb } = await upgradedFrom(10, ['kept-matcher'], makeEntry('macron'));
    open.push(kb);
    expect(await layoutOf(name)).toEqual(CURRENT_LAYOUT);
    expect(await kb.entries()).toEqual([makeEntry('macron')]);
    expect(await kb.kept.matcher(0)).toBeNull();
  });
});
