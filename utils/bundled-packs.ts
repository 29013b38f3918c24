import type { PublicPath } from 'wxt/browser';

/** A pack shipped inside the extension: where the file is and how the Packs view names it before it is installed. */
export interface BundledPack {
  id: string;
  /** Path of the file inside the extension (for `runtime.getURL`). */
  path: PublicPath;
  /** The file's title, so the Packs view can offer it without reading the file (a test keeps the two equal). */
  title: string;
  publisher: string;
}

/** The publisher named for the packs Fact Linker ships. */
export const FACT_LINKER = 'Fact Linker';

/** The starter pack, installed on first run (id fixed so the v5 migration and restore name it alike). */
export const STARTER_PACK: BundledPack = {
  id: 'starter',
  path: '/starter-pack.json',
  title: 'Starter pack: Ukraine peace process (March 2025)',
  publisher: FACT_LINKER,
};

/** The bundled 2025–2026 pack: off by default, installed in one click from the Packs view. */
export const PEACE_2025_PACK: BundledPack = {
  id: 'ukraine-peace-2025-2026',
  path: '/packs/ukraine-peace-2025-2026.json',
  title: 'Ukraine peace process 2025–2026',
  publisher: FACT_LINKER,
};

/** The bundled packs a reader can install from the Packs view, by id. */
export const OPTIONAL_PACKS: BundledPack[] = [PEACE_2025_PACK];
