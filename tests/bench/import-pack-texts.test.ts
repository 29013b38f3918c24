import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { freshKb } from '@/tests/helpers/kb-records';
import { largePackText } from '@/tests/helpers/large-pack';
import { CALLS } from '@/utils/protocol/calls';
import { createRouter, type Handlers } from '@/utils/protocol/router';
import type { Kb } from '@/utils/store/kb';
import { createImportHandlers } from '../../entrypoints/background/import-handlers';
import { importPackTexts } from '../../scripts/bench/kb-packs.mjs';

const starterText = readFileSync('public/starter-pack.json', 'utf8');
const page = { id: 'ext', url: 'chrome-extension://ext/paint.html' };
const scope = globalThis as { browser?: unknown };
const fake = scope.browser;
let kb: Kb | undefined;

/** The bench's import as `evaluate` runs it: rebuilt from its source alone, sending to the real router. */
function inPage(kbOpen: Kb, seen: string[]) {
  const others = Object.keys(CALLS).map((name) => [name, async () => Promise.reject(new Error(name))]);
  const handlers = {
    ...(Object.fromEntries(others) as Handlers),
    ...createImportHandlers(async () => kbOpen),
  };
  const route = createRouter(handlers, {
    extensionId: 'ext',
    extensionOrigin: 'chrome-extension://ext/',
    log: () => {},
  });
  const sendMessage = (message: { type: string }) => {
    seen.push(message.type);
    return route(message, page);
  };
  scope.browser = { runtime: { sendMessage } };
  return new Function(`return (${importPackTexts.toString()})`)() as typeof importPackTexts;
}

afterEach(() => {
  kb?.close();
  scope.browser = fake;
});

describe("the bench's importPackTexts", () => {
  it('replaces with the first pack and merges the next through the staged calls the router accepts', async () => {
    kb = await freshKb();
    const seen: string[] = [];
    await inPage(kb, seen)([starterText, largePackText(3000)]);
    const ids = new Set((await kb.entries()).map(({ id }) => id));
    expect(ids.has('macron') && ids.has('envoy-2999')).toBe(true);
    expect(seen.filter((type) => type === 'kb.importChunk').length).toBeGreaterThan(3);
    expect(seen.filter((type) => type === 'kb.importCommit')).toHaveLength(2);
  }, 30_000);

  it('throws what the background refused, naming the call', async () => {
    kb = await freshKb();
    const bad = largePackText(3000, (pack) => {
      (pack.entries[2900] as { kind: string }).kind = 'wizard';
    });
    await expect(inPage(kb, [])([bad])).rejects.toThrow(
      /^kb\.importCommit refused the pack: .*entries\[2900\]\.kind/,
    );
    expect(await kb.entries()).toEqual([]);
  }, 30_000);
});
