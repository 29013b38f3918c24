import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

const BROWSERS = ['chromium', 'firefox'];

/**
 * Popover open-to-rendered percentiles in both browsers, taken by the popover e2e's timing test (50 hovers on the
 * demo page with the e2e build) rather than by a second copy of that code: it runs the test and reads what it wrote.
 */
export async function popoverTiming(repo) {
  const args = [
    'vitest',
    'run',
    '-c',
    'vitest.e2e.config.ts',
    'tests/e2e/popover.e2e.ts',
    '-t',
    'renders within a frame',
  ];
  const code = await new Promise((done) =>
    spawn('npx', args, { cwd: repo, stdio: 'ignore' }).on('close', done),
  );
  if (code !== 0) throw new Error(`the popover timing test failed (exit ${code})`);
  return Promise.all(
    BROWSERS.map(async (browser) =>
      JSON.parse(await readFile(join(repo, `tmp/popover-timing-${browser}.json`), 'utf8')),
    ),
  );
}

/** The popover section of BENCHMARKS.md. */
export function popoverMarkdown(timings) {
  const rows = timings.map(
    (t) => `| ${t.browser} | ${t.opens} | ${t.p50.toFixed(1)} | ${t.p95.toFixed(1)} |`,
  );
  return `## Popover: open to rendered

From the end of the hover delay to the next animation frame after the card is rendered and placed (layout
forced), over 50 hovers on the demo page with the e2e build (cards are fetched once per page beforehand), measured
by \`tests/e2e/popover.e2e.ts\`. One frame at 60 Hz is 16.7 ms.

| Browser | Opens | p50 (ms) | p95 (ms) |
| --- | --- | --- | --- |
${rows.join('\n')}
`;
}
