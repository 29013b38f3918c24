import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { largePackText } from '@/tests/helpers/large-pack';
import { validPack } from '@/tests/helpers/minimal-pack';
import { previewText } from '@/tests/helpers/preview-text';
import { CHUNK_CHARS } from '@/utils/pack-chunks';
import { CallError } from '@/utils/protocol/call';
import { CALLS } from '@/utils/protocol/calls';
import { createRouter, type Handlers } from '@/utils/protocol/router';
import type { ImportProgress } from '@/utils/staged-import';
import { type Kb, openKb } from '@/utils/store/kb';
import { exportPack, restoreStarter } from '@/utils/store/pack-io';
import { readAll } from '@/utils/store/read-all';
import { createImportHandlers } from '../background/import-handlers';
import { commitStaged, previewStaged, type Send, sendImport } from './send-import';

const starterText = readFileSync('public/starter-pack.json', 'utf8');
const popup = { id: 'ext', url: 'chrome-extension://ext/popup.html' };
let open: Kb[] = [];

/** A background as the popup reaches it: the real router and import handlers over the given knowledge base. */
function background(kb: Kb) {
  const others = Object.keys(CALLS).map((name) => [
    name,
    async () => Promise.reject(new Error(`not ${name}`)),
  ]);
  const handlers = { ...(Object.fromEntries(others) as Handlers), ...createImportHandlers(async () => kb) };
  const route = createRouter(handlers, {
    extensionId: 'ext',
    extensionOrigin: 'chrome-extension://ext/',
    log: () => {},
  });
  const send = (async (type, payload) => {
    const reply = await route({ type, payload }, popup);
    if (!reply.ok) throw new CallError(reply.error, reply.code);
    return reply.value;
  }) as Send;
  return { route, send };
}

/** A knowledge base holding the starter pack, its background, and a snapshot of every record in it. */
async function setup() {
  const kb = await openKb(`send-import-${Math.random()}`);
  open.push(kb);
  await restoreStarter(kb, validPack(starterText, 0));
  const snapshot = () => exportPack(kb, null, new Date(0));
  return { kb, ...background(kb), snapshot };
}

const failureOf = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: Error) => error.message,
  );

afterEach(() => {
  for (const kb of open) kb.close();
  open = [];
});

describe('sendImport', () => {
  it('imports a large pack chunk by chunk in one write, reporting progress up to the commit', async () => {
    const { kb, send } = await setup();
    const version = await kb.version();
    const progress: ImportProgress[] = [];
    const summary = await sendImport(largePackText(3000), 'merge', send, (step) => progress.push(step));
    expect(summary.added).toBeGreaterThanOrEqual(3000);
    expect((await kb.entries()).some((entry) => entry.id === 'envoy-2999')).toBe(true);
    expect(await kb.version()).toBe(version + 1);
    expect(progress[0]).toEqual({ received: 0, total: 3006, writing: false });
    expect(progress.filter((step) => !step.writing && step.received > 0).length).toBeGreaterThan(2);
    expect(progress.at(-1)).toEqual({ received: 3006, total: 3006, writing: true });
  }, 30_000);

  it('refuses a pack with a bad record in a later chunk, listing it, and changes nothing', async () => {
    const { send, snapshot } = await setup();
    const before = await snapshot();
    const text = largePackText(3000, (pack) => {
      (pack.entries[2900] as { kind: string }).kind = 'wizard';
    });
    expect(await failureOf(sendImport(text, 'replace', send, () => {}))).toMatch(/entries\[2900\]\.kind/);
    expect(await snapshot()).toEqual(before);
  }, 30_000);

  it('leaves the knowledge base unchanged when an import is abandoned before its commit, and imports after it', async () => {
    const { kb, send, snapshot } = await setup();
    const before = await snapshot();
    const closing = (async (type, payload) => {
      if (type === 'kb.importCommit') throw new Error('popup closed');
      return send(type, payload);
    }) as Send;
    const abandoned = failureOf(sendImport(largePackText(3000), 'replace', closing, () => {}));
    expect(await abandoned).toMatch(/^The background stopped while writing the import \(popup closed\)/);
    expect(await snapshot()).toEqual(before);
    await sendImport(largePackText(3), 'merge', send, () => {});
    const ids = [...before.entries, ...JSON.parse(largePackText(3)).entries].map(({ id }) => id);
    expect((await kb.entries()).map(({ id }) => id).sort()).toEqual([...new Set(ids)].sort());
  }, 30_000);

  it('says nothing was imported when the messaging fails between chunks', async () => {
    const { send, snapshot } = await setup();
    const before = await snapshot();
    let chunks = 0;
    const dying = (async (type, payload) => {
      if (type === 'kb.importChunk' && ++chunks === 2) throw new Error('Could not establish connection');
      return send(type, payload);
    }) as Send;
    expect(await failureOf(sendImport(largePackText(3000), 'merge', dying, () => {}))).toBe(
      'The background stopped before the import was complete (Could not establish connection): nothing was imported. Try again.',
    );
    expect(await snapshot()).toEqual(before);
  });

  it('ends the wait for a commit whose background restarted and lost the import, instead of waiting in silence', async () => {
    const { kb, send } = await setup();
    const restarted = background(kb).send;
    const hanging = (async (type, payload) => {
      if (type === 'kb.importCommit') return new Promise(() => {});
      return type === 'kb.importStatus' ? restarted(type, payload) : send(type, payload);
    }) as Send;
    expect(await failureOf(sendImport(largePackText(3), 'merge', hanging, () => {}, 5))).toMatch(
      /no longer open.*nothing was imported/,
    );
  });

  it('keeps the background awake with status requests while the commit writes', async () => {
    const { send } = await setup();
    const asked: string[] = [];
    let finish: () => void = () => {};
    const slow = (async (type, payload) => {
      asked.push(type);
      if (type !== 'kb.importCommit') return send(type, payload);
      await new Promise<void>((resolve) => (finish = resolve));
      return send(type, payload);
    }) as Send;
    const importing = sendImport(largePackText(3), 'merge', slow, () => {}, 5);
    await new Promise((resolve) => setTimeout(resolve, 40));
    finish();
    expect((await importing).added).toBeGreaterThanOrEqual(3);
    expect(asked.filter((type) => type === 'kb.importStatus').length).toBeGreaterThan(2);
  });

  it('is refused by the router when a chunk is over the limit, before any handler runs', async () => {
    const { route, send } = await setup();
    const split = await send('kb.importBegin', {
      head: { ...JSON.parse(largePackText(0)), entries: [], facts: [], stances: [] },
      counts: { entries: 1, facts: 0, stances: 0 },
    });
    const text = `[${JSON.stringify('x'.repeat(CHUNK_CHARS))}]`;
    const reply = await route(
      { type: 'kb.importChunk', payload: { importId: split.importId, collection: 'entries', from: 0, text } },
      popup,
    );
    expect(reply).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^kb\.importChunk: text: Invalid length/),
    });
  });
});

/** A send that records the type of every request it passes on. */
function recording(send: Send) {
  const asked: string[] = [];
  const spy = (async (type, payload) => {
    asked.push(type);
    return send(type, payload);
  }) as Send;
  return { asked, spy };
}

describe('previewStaged and commitStaged', () => {
  it('previews a large pack from its chunks as the whole text previews, then commits it without sending it again', async () => {
    const { kb, send, snapshot } = await setup();
    const before = await snapshot();
    const text = largePackText(3000);
    const progress: ImportProgress[] = [];
    const { staged, preview } = await previewStaged(text, send, (step) => progress.push(step));
    const whole = previewText(text, await kb.read(readAll), Date.now());
    expect(whole.ok && preview).toEqual(whole.ok && whole.value);
    expect(preview.items.filter((item) => item.status === 'new').length).toBeGreaterThanOrEqual(3000);
    expect(progress.at(-1)).toEqual({ received: 3006, total: 3006, writing: false });
    expect(await snapshot()).toEqual(before);
    const { asked, spy } = recording(send);
    expect((await commitStaged(staged, 'merge', spy, () => {})).added).toBeGreaterThanOrEqual(3000);
    expect(asked).toEqual(['kb.importCommit']);
    expect((await kb.entries()).some((entry) => entry.id === 'envoy-2999')).toBe(true);
  }, 30_000);

  it('sends the pack again when the background lost the previewed import, and imports it once', async () => {
    const { kb, send } = await setup();
    const version = await kb.version();
    const { staged } = await previewStaged(largePackText(3000), send, () => {});
    const { asked, spy } = recording(background(kb).send);
    expect((await commitStaged(staged, 'replace', spy, () => {})).added).toBeGreaterThanOrEqual(3000);
    expect(asked.slice(0, 2)).toEqual(['kb.importCommit', 'kb.importBegin']);
    expect(asked.filter((type) => type === 'kb.importChunk').length).toBeGreaterThan(1);
    expect(await kb.version()).toBe(version + 1);
    expect((await kb.entries()).length).toBe(3000 + JSON.parse(largePackText(0)).entries.length);
  }, 30_000);

  it('previews a bad record as invalid and refuses to commit it, changing nothing', async () => {
    const { send, snapshot } = await setup();
    const before = await snapshot();
    const text = largePackText(3000, (pack) => {
      (pack.entries[2900] as { kind: string }).kind = 'wizard';
    });
    const { staged, preview } = await previewStaged(text, send, () => {});
    expect(preview.items.filter((item) => item.status === 'invalid').map((item) => item.id)).toEqual([
      'envoy-2896',
    ]);
    expect(await failureOf(commitStaged(staged, 'merge', send, () => {}))).toMatch(/entries\[2900\]\.kind/);
    expect(await snapshot()).toEqual(before);
  }, 30_000);

  it('says the preview was not finished when the messaging fails between chunks', async () => {
    const { send } = await setup();
    let chunks = 0;
    const dying = (async (type, payload) => {
      if (type === 'kb.importChunk' && ++chunks === 2) throw new Error('Could not establish connection');
      return send(type, payload);
    }) as Send;
    expect(await failureOf(previewStaged(largePackText(3000), dying, () => {}))).toBe(
      'The background stopped before the preview was complete (Could not establish connection): nothing was imported. Try again.',
    );
  });

  it('keeps the background awake with status requests while the preview is worked out', async () => {
    const { send } = await setup();
    const asked: string[] = [];
    let finish: () => void = () => {};
    const slow = (async (type, payload) => {
      asked.push(type);
      if (type !== 'kb.importPreview') return send(type, payload);
      await new Promise<void>((resolve) => (finish = resolve));
      return send(type, payload);
    }) as Send;
    const previewing = previewStaged(largePackText(3), slow, () => {}, 5);
    await new Promise((resolve) => setTimeout(resolve, 40));
    finish();
    expect((await previewing).preview.title).toBeTruthy();
    expect(asked.filter((type) => type === 'kb.importStatus').length).toBeGreaterThan(2);
  });
});
