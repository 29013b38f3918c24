import { type BundledPack, OPTIONAL_PACKS } from '@/utils/bundled-packs';
import type { Pack } from '@/utils/pack';
import type { Handlers } from '@/utils/protocol/router';
import { listPacks, setPackEnabled } from '@/utils/store/installed-packs';
import type { Kb } from '@/utils/store/kb';
import { importPack } from '@/utils/store/pack-io';

/** What the Packs view's requests need: the knowledge base once open, and a bundled pack's file on demand. */
export interface PackHandlerDeps {
  kb: () => Promise<Kb>;
  bundled: (pack: BundledPack) => Promise<Pack>;
}

/** The requests these handlers answer; ./handlers.ts answers the rest. */
export type PackCall = 'packs.list' | 'packs.setEnabled' | 'packs.installBundled' | 'kb.origin';

/** Answers the Packs view and the editor's "where it comes from": list, enable or disable, install a bundled pack. */
export function createPackHandlers({ kb, bundled }: PackHandlerDeps): Pick<Handlers, PackCall> {
  return {
    'packs.list': async () => {
      const installed = await listPacks(await kb());
      const ids = new Set(installed.map((pack) => pack.id));
      const available = OPTIONAL_PACKS.filter((pack) => !ids.has(pack.id)).map(
        ({ id, title, publisher }) => ({
          id,
          title,
          publisher,
        }),
      );
      return { installed, available };
    },
    'packs.setEnabled': async ({ id, enabled }) => setPackEnabled(await kb(), id, enabled),
    'packs.installBundled': async ({ id }) => {
      const pack = OPTIONAL_PACKS.find((candidate) => candidate.id === id);
      if (!pack) throw new Error(`No bundled pack "${id}"`);
      return importPack(await kb(), await bundled(pack), 'merge', pack);
    },
    'kb.origin': async ({ id }) => (await kb()).origin(id),
  };
}
