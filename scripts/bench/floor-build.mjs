import { cp, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * The page script of the platform-floor build: it asks the extension one thing and does nothing else, so a load
 * with it costs what any extension whose content script talks to it costs (injecting a script, the isolated world
 * or sandbox, the extension API's objects, one message), and none of Fact Linker's own work.
 */
const FLOOR_PAGE_SCRIPT =
  '(globalThis.browser ?? globalThis.chrome).runtime.sendMessage({ type: "bench.floor" }).catch(() => {});\n';

/**
 * Copies the built extension at `build` to `into` with its page script swapped for the floor's: the same manifest,
 * background and styles, so the difference between the two builds' loads is our page script's own cost.
 * @param {string} build
 * @param {string} into
 */
export async function floorBuild(build, into) {
  await cp(build, into, { recursive: true });
  await writeFile(join(into, 'page.js'), FLOOR_PAGE_SCRIPT);
  return into;
}
