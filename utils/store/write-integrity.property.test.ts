import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { basePack, type KbOperation, kbOperation } from '@/tests/helpers/kb-operations';
import {
  dump,
  freshKb,
  loadedOf,
  makeEntry,
  makeFact,
  makeStance,
  NOTHING_LOADED,
} from '@/tests/helpers/kb-records';
import { validPack } from '@/tests/helpers/minimal-pack';
import { violationsIn } from '@/utils/kb-integrity';
import type { Removed } from './cascade';
import { ConflictError, IntegrityError, NotFoundError } from './errors';
import type { Kb } from './kb';
import { exportPack, importPack } from './pack-io';
import { readAll } from './read-all';
import type { EntryDraft } from './save-draft';

/** What one run remembers between operations: what readers saw earlier, and what undo can bring back. */
interface Memory {
  seen: Map<string, EntryDraft>;
  removed: Removed[];
}

/** The draft a save operation sends, built on what the reader saw: now, or (stale) when an earlier save read it. */
async function save(kb: Kb, op: Extract<KbOperation, { type: 'save' }>, memory: Memory): Promise<void> {
  const current = await kb.draft(op.entry);
  const base = (op.stale ? memory.seen.get(op.entry) : undefined) ?? current;
  if (current) memory.seen.set(op.entry, current);
  const entry = { ...(base?.entry ?? makeEntry(op.entry)) };
  if (op.kind) entry.kind = op.kind;
  if (op.affiliation !== undefined) entry.affiliation = op.affiliation;
  const facts = (base?.facts ?? []).slice(op.dropFact ? 1 : 0);
  const stances = (base?.stances ?? []).slice(op.dropStance ? 1 : 0);
  if (op.addFact && !facts.some((fact) => fact.id === op.addFact?.id)) {
    facts.push(makeFact(op.addFact.id, [...new Set([op.entry, ...op.addFact.others])]));
  }
  const add = op.addStance;
  if (add && !stances.some((stance) => stance.id === add.id)) {
    const [actor, proposal] = add.asActor ? [op.entry, add.other] : [add.other, op.entry];
    stances.push(makeStance(add.id, actor, proposal));
  }
  const loaded = base ? loadedOf(base) : NOTHING_LOADED;
  await kb.saveDraft({ entry, facts, stances }, base ? base.entry.rev : null, loaded);
}

async function apply(kb: Kb, op: KbOperation, memory: Memory): Promise<void> {
  if (op.type === 'import') await importPack(kb, op.pack, op.mode);
  else if (op.type === 'save') await save(kb, op, memory);
  else if (op.type === 'delete') {
    const current = await kb.draft(op.entry);
    memory.removed.push(await kb.deleteEntry(op.entry, (current?.entry.rev ?? 1) - (op.stale ? 1 : 0)));
  } else {
    const last = memory.removed.pop();
    if (last) await kb.restore(last);
  }
}

/** The refusals a write may answer with; anything else (a TypeError, an IndexedDB constraint) is a bug. */
function expectedRefusal(error: unknown): boolean {
  if (error instanceof ConflictError || error instanceof NotFoundError || error instanceof IntegrityError)
    return true;
  return error instanceof Error && /does not concern|highest revision/.test(error.message);
}

describe('every write path keeps the knowledge base consistent', () => {
  it('after any sequence of imports, saves, deletes and undos, the rules hold and a full export restores', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(kbOperation, { minLength: 1, maxLength: 12 }), async (ops) => {
        const kb = await freshKb();
        const mirror = await freshKb();
        const memory: Memory = { seen: new Map(), removed: [] };
        await importPack(kb, basePack, 'replace');
        try {
          for (const op of ops) {
            const before = await dump(kb);
            const failed = await apply(kb, op, memory).then(
              () => false,
              (error: unknown) => {
                if (!expectedRefusal(error)) throw error;
                return true;
              },
            );
            if (failed) expect(await dump(kb)).toEqual(before);
            expect(violationsIn(await kb.read(readAll))).toEqual([]);
            const text = JSON.stringify(await exportPack(kb, null, new Date(0)));
            await importPack(mirror, validPack(text, 0), 'replace');
          }
        } finally {
          kb.close();
          mirror.close();
        }
      }),
      { numRuns: 60 },
    );
  }, 30_000);
});
