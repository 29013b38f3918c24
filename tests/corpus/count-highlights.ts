import { manualIdle } from '@/tests/helpers/engine-env';
import { Scanner } from '@/utils/engine/scanner';
import type { Matcher } from '@/utils/matcher';
import type { GateSetup, TopicVerdict } from '@/utils/mention-rules';

/** What the page engine shows on one page, read in Node: highlighted text → count, and the topic gate's verdict. */
export interface PageCount {
  highlights: Record<string, number>;
  topic: TopicVerdict;
}

/** Page parts that would fetch or run something in happy-dom, and that hold no text the engine reads. */
const INERT = [
  /<script\b[\s\S]*?<\/script\s*>/gi,
  /<(?:link|img|iframe|source|video|audio|object|embed)\b[^>]*>/gi,
];

/** The host a saved page was published on, from its canonical address or og:url; '' when it names none. */
export function savedHostname(html: string): string {
  const address =
    /<link[^>]+rel=["']canonical["'][^>]*href=["']([^"']+)/i.exec(html)?.[1] ??
    /<meta[^>]+property=["']og:url["'][^>]*content=["']([^"']+)/i.exec(html)?.[1];
  try {
    return address ? new URL(address).hostname : '';
  } catch {
    return '';
  }
}

/**
 * Runs the page engine's Scanner (blocks, site-chrome rules, matcher, gate) over a saved page parsed by happy-dom,
 * with every element taken as visible: happy-dom's style-based `checkVisibility` takes minutes over the corpus, and
 * the browsers' own run (tests/e2e/corpus.e2e.ts) is the reference for what hidden text changes.
 */
export function countPage(
  html: string,
  matcher: Matcher,
  idOf: (entry: number) => string,
  setup: Partial<GateSetup>,
): PageCount {
  const doc = new DOMParser().parseFromString(
    INERT.reduce((text, pattern) => text.replace(pattern, ''), html),
    'text/html',
  );
  const visible = Element.prototype.checkVisibility;
  Element.prototype.checkVisibility = () => true;
  const idle = manualIdle();
  const scanner = new Scanner({
    root: doc as unknown as Document,
    matcher: () => matcher,
    painter: { set() {}, delete() {} },
    requestIdle: idle.requestIdle,
  });
  try {
    scanner.configure(setup);
    scanner.rescan();
    idle.flush();
    const { mentions, topic } = scanner.snapshot();
    const highlights: Record<string, number> = {};
    for (const { text } of mentions) highlights[text] = (highlights[text] ?? 0) + 1;
    return {
      highlights,
      topic: { ...topic, evidence: topic.evidence.map(idOf), hidden: topic.hidden.map(idOf) },
    };
  } finally {
    scanner.destroy();
    Element.prototype.checkVisibility = visible;
  }
}
