// @vitest-environment node
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validPack } from '@/tests/helpers/minimal-pack';
import { suggestTools } from '@/utils/suggest/kb-tools';
import type { PageAnnotations } from './page-text';
import { evaluateSuggestions, type PageOutcome } from './suggest-evaluate';

const ROOT = resolve(__dirname, '../..');
const REALTEXT = resolve(ROOT, '../shared/realtext');

/** Hand judgements of every name the top 5 suggestions have held: a real name, or not (docs/suggestions.md). */
interface Judgements {
  names: string[];
  notNames: string[];
}

/** The figures in docs/suggestions.md: tuning may raise them, never lower them unnoticed. Issue 14's targets are 0.9 and 0.8. */
const BASELINE = { recallTop10: 1, namesTop5: 0.9 };
/** Warm runs whose times are reported: the first run pays for compiling the tagger. */
const RUNS = 3;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

describe.skipIf(!existsSync(REALTEXT))('real-text evaluation of suggestions (issue 14)', () => {
  it('puts the people and organisations a page names twice in its top 10, and real names in its top 5', () => {
    const pack = validPack(readFileSync(resolve(ROOT, 'public/starter-pack.json'), 'utf8'), 0);
    const annotations = JSON.parse(
      readFileSync(resolve(__dirname, 'annotations.json'), 'utf8'),
    ) as PageAnnotations[];
    const judged = JSON.parse(
      readFileSync(resolve(__dirname, 'suggestion-judgements.json'), 'utf8'),
    ) as Judgements;
    const tools = suggestTools(pack.entries);
    const cold = evaluateSuggestions(annotations, REALTEXT, tools);
    let warm: PageOutcome[] = cold;
    const times: number[] = [];
    const cpu: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      warm = evaluateSuggestions(annotations, REALTEXT, tools);
      times.push(...warm.map((page) => page.ms));
      cpu.push(...warm.map((page) => page.cpuMs));
    }
    const expected = warm.reduce((sum, page) => sum + page.expected.length, 0);
    const found = warm.reduce((sum, page) => sum + page.found.length, 0);
    const top = warm.flatMap((page) => page.top);
    const unjudged = [...new Set(top)].filter(
      (name) => !judged.names.includes(name) && !judged.notNames.includes(name),
    );
    const names = top.filter((name) => judged.names.includes(name)).length;
    console.log(
      [
        `Suggestions on the real-text set (starter pack): ${found}/${expected} of the people and organisations named twice are in the top 10`,
        `real names in the top 5: ${names}/${top.length}`,
        `per article (ms): first run ${cold[0]!.ms.toFixed(0)} then median ${median(cold.map((p) => p.ms)).toFixed(1)}; warm median ${median(times).toFixed(1)}, max ${Math.max(...times).toFixed(1)}; CPU median ${median(cpu).toFixed(1)}, max ${Math.max(...cpu).toFixed(1)}`,
        ...warm.map(
          (page) =>
            `${page.file}: missed [${page.expected.filter((id) => !page.found.includes(id)).join(', ')}]; top 5: ${page.top.join(' | ')}`,
        ),
      ].join('\n'),
    );
    expect(unjudged, 'judge these in suggestion-judgements.json').toEqual([]);
    expect(found / expected).toBeGreaterThanOrEqual(BASELINE.recallTop10);
    expect(names / top.length).toBeGreaterThanOrEqual(BASELINE.namesTop5);
  }, 120_000);
});
