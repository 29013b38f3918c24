import { HANG_GRACE_MS } from './measure-page.mjs';
import { profileBreakdown } from './profile-scan.mjs';
import { TRACE_CATEGORIES, traceBreakdown } from './trace-scan.mjs';

/**
 * @typedef {import('./knowledge-bases.mjs').KnowledgeBase} KnowledgeBase
 * @typedef {import('./measure-page.mjs').Browser} Browser
 */

/**
 * The automaton's own heap: live JS heap after a GC with the alias records loaded, then again with the compiled
 * matcher held; median over `runs` fresh loads of an empty page.
 * @param {Browser} browser
 * @param {string} url
 * @param {KnowledgeBase} kb
 * @param {number} runs
 */
export async function measureHeap(browser, url, kb, runs) {
  const diffs = [];
  for (let run = 0; run < runs; run++) {
    const page = await browser.load(url);
    await page.evaluate(kb.setKb);
    const before = await browser.heapUsed();
    await page.evaluate(() => window.__bench.compile());
    diffs.push((await browser.heapUsed()) - before);
  }
  return diffs;
}

/**
 * mark.js's keyword API (`mark(aliasTexts, …)`) once on a page, for comparison with markRegExp.
 * @param {Browser} browser
 * @param {string} url
 * @param {KnowledgeBase} kb
 * @param {number} capMs
 */
export async function measureMarkKeywords(browser, url, kb, capMs) {
  await browser.load(url, { library: 'markjs' });
  const result = await browser.bounded(
    (page) => page.evaluate(([texts, cap]) => window.__bench.markKeywords(texts, cap), [kb.texts, capMs]),
    capMs + HANG_GRACE_MS,
  );
  return result ?? { ms: capMs, marks: 0, capped: true };
}

/**
 * One scan under the sampling profiler, broken down by source file and function.
 * @param {Browser} browser
 * @param {string} url
 * @param {KnowledgeBase} kb
 * @param {string} bundle the harness bundle, to map profile lines to source files
 */
export async function profileScan(browser, url, kb, bundle) {
  const page = await browser.load(url);
  await page.evaluate(kb.setKb);
  await page.evaluate(() => window.__bench.compile());
  const { result, profile } = await browser.profile((p) => p.evaluate(() => window.__bench.scan()));
  return { kb: kb.label, result, breakdown: profileBreakdown(profile, bundle) };
}

/**
 * One scan under Chromium's timeline trace, as main-thread time per phase.
 * @param {Browser} browser
 * @param {string} url
 * @param {KnowledgeBase} kb
 */
export async function traceScan(browser, url, kb) {
  const page = await browser.load(url);
  await page.evaluate(kb.setKb);
  await page.evaluate(() => window.__bench.compile());
  const scan = (p) => p.evaluate(() => window.__bench.scan());
  const { result, events } = await browser.trace(scan, TRACE_CATEGORIES);
  return { kb: kb.label, result, phases: traceBreakdown(events) };
}
