import { readFile, writeFile } from 'node:fs/promises';
import { endToEndMarkdown } from './e2e-report.mjs';
import { keptSections } from './kept-section.mjs';
import { popoverMarkdown } from './popover-timing.mjs';
import { privateHighlightsMarkdown } from './private-highlights.mjs';
import { benchmarksMarkdown } from './report-markdown.mjs';

/**
 * Writes one run's report to `target`: the sections the run measured, then the kept sections of the file as it was
 * (./kept-section.mjs). A full run writes its own results; `node scripts/bench.mjs --report` writes the last full
 * run's again (tmp/bench-results.json) after a change to the report's text, with no 40 minutes of measuring.
 * @param {string} target
 * @param {any} results what scripts/bench.mjs measured, as it saves them
 */
export async function writeReport(target, results) {
  const kept = keptSections(await readFile(target, 'utf8').catch(() => ''));
  const sections = [
    benchmarksMarkdown(results),
    endToEndMarkdown(results.e2e),
    popoverMarkdown(results.popover),
    privateHighlightsMarkdown(results.privateHighlights),
    kept,
  ];
  await writeFile(target, `${sections.join('\n')}\n`);
}
