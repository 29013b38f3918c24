import type { CDPSession } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve } from '../../scripts/serve.mjs';
import { type ChromiumExtension, launchChromium } from './browsers';
import { reportedIds } from './reported-ids';

/** The trace category of V8's compile events, one `V8.CompileCode` per function compiled on its first call. */
const COMPILE_CATEGORY = 'disabled-by-default-v8.compile';

/**
 * More lazy compiles than this on the demo page's renderer thread mean the page script was compiled a function at a
 * time again: it took about 290 so (the page script's, the demo page's own and the scan's), 9 compiled whole.
 */
const MOST_LAZY_COMPILES = 60;

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  args?: { name?: string };
}

/** Every event traced in the categories while `run` ran. */
async function traced(
  cdp: CDPSession,
  categories: string[],
  run: () => Promise<void>,
): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  const complete = new Promise((done) => cdp.once('Tracing.tracingComplete', done));
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: categories },
    transferMode: 'ReportEvents',
  });
  await run();
  await cdp.send('Tracing.end');
  await complete;
  return events;
}

describe('chromium compiling the page script', () => {
  let ext: ChromiumExtension;
  let site: Awaited<ReturnType<typeof serve>>;

  beforeAll(async () => {
    ext = await launchChromium();
    site = await serve();
  });
  afterAll(async () => {
    await ext?.close();
    await site?.close();
  });

  it('compiles it whole when a page loads, not one function at a time as each is first called', async () => {
    const desk = await ext.openExtensionPage('paint.html');
    const page = await ext.context.newPage();
    const cdp = await ext.context.newCDPSession(page);
    const events = await traced(cdp, [COMPILE_CATEGORY, 'devtools.timeline'], async () => {
      await page.goto(site.url);
      await expect.poll(() => desk.evaluate(reportedIds, site.url), { timeout: 15_000 }).toContain('macron');
    });
    const main = new Set(
      events
        .filter((event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain')
        .map((event) => `${event.pid}:${event.tid}`),
    );
    const lazy = events.filter(
      (event) => event.name === 'V8.CompileCode' && event.ph === 'X' && main.has(`${event.pid}:${event.tid}`),
    );
    expect(main.size).toBeGreaterThan(0);
    expect(lazy.length).toBeLessThan(MOST_LAZY_COMPILES);
  });
});
