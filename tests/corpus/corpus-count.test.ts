import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validPack } from '@/tests/helpers/minimal-pack';
import { pageMatcherOf } from '@/tests/helpers/named-matcher';
import { countPage, type PageCount, savedHostname } from './count-highlights';

const ROOT = resolve(__dirname, '../..');
const CORPUS = resolve(ROOT, '../shared/corpus');

/** Highlights per corpus page (every one a possible false positive), topic gate on and off, in Node. */
describe.skipIf(!process.env.CORPUS_COUNT || !existsSync(CORPUS))(
  'corpus highlight count (CORPUS_COUNT=1)',
  () => {
    it('counts what the starter pack highlights on each unrelated page, and writes tmp/corpus-node-highlights.json', () => {
      const pack = validPack(readFileSync(resolve(ROOT, 'public/starter-pack.json'), 'utf8'), 0);
      const { matcher, facts, idOf } = pageMatcherOf(pack.entries);
      const files = readdirSync(CORPUS)
        .filter((file) => file.endsWith('.html'))
        .sort();
      const runs: Record<'gated' | 'ungated', Record<string, PageCount>> = { gated: {}, ungated: {} };
      for (const file of files) {
        const html = readFileSync(join(CORPUS, file), 'utf8');
        const hostname = savedHostname(html);
        runs.gated[file] = countPage(html, matcher, idOf, { facts, hostname, topicGate: true });
        runs.ungated[file] = countPage(html, matcher, idOf, { facts, hostname, topicGate: false });
      }
      const total = (run: Record<string, PageCount>) =>
        Object.values(run).reduce(
          (sum, page) => sum + Object.values(page.highlights).reduce((a, b) => a + b, 0),
          0,
        );
      const onTopic = Object.entries(runs.gated).filter(([, page]) => page.topic.onTopic);
      console.log(
        `${files.length} pages; highlights with the topic gate ${total(runs.gated)}, without ${total(runs.ungated)}; ` +
          `on topic: ${onTopic.map(([file, page]) => `${file} (${page.topic.evidence.join(', ')})`).join('; ') || 'none'}`,
      );
      mkdirSync(resolve(ROOT, 'tmp'), { recursive: true });
      writeFileSync(resolve(ROOT, 'tmp/corpus-node-highlights.json'), `${JSON.stringify(runs, null, 1)}\n`);
      expect(files.length).toBeGreaterThan(100);
    }, 300_000);
  },
);
