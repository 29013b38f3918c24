import type { Kb } from '@/utils/store/kb';

/**
 * Every store a bulk write or its undo touches, keys and values, origins and installed packs included: compared whole
 * to prove an undo put back exactly what was there, or that a refused one changed nothing.
 */
export function everything(kb: Kb) {
  return kb.read(async (tx) => {
    const read = async (name: 'entries' | 'facts' | 'stances' | 'packs' | 'origins') => ({
      keys: await tx.objectStore(name).getAllKeys(),
      values: await tx.objectStore(name).getAll(),
    });
    return {
      entries: await read('entries'),
      facts: await read('facts'),
      stances: await read('stances'),
      packs: await read('packs'),
      origins: await read('origins'),
    };
  });
}
