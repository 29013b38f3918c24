/**
 * @typedef {{ id: number, callFrame: { functionName: string, lineNumber: number, url: string },
 *   children?: number[] }} ProfileNode
 * @typedef {{ nodes: ProfileNode[], samples: number[], timeDeltas: number[] }} Profile
 */

const nativeIn = (names) => (bucket) => names.some((name) => bucket === `native ${name}`);
const filesIn = (dir, names) => (bucket) => names.some((name) => bucket === `${dir}/${name}.ts`);

/** Kinds of work, each recognising the buckets (source files, native calls, V8's own) it is made of. */
const GROUPS = [
  ['Matching text (utils/matcher)', (b) => b.startsWith('utils/matcher/') || b === 'utils/normalize.ts'],
  [
    'Reading the page: walk, visibility, text blocks',
    (b) =>
      filesIn('utils/engine', ['candidates', 'block-reader', 'text-blocks', 'dom-rules'])(b) ||
      nativeIn(['nextNode', 'checkVisibility', 'createTreeWalker', 'getComputedStyle'])(b),
  ],
  [
    'Mentions, ranges and highlights',
    (b) =>
      filesIn('utils/engine', ['page-mentions', 'reading-order', 'highlighter', 'viewport-gate'])(b) ||
      nativeIn(['observe', 'unobserve', 'add', 'delete', 'StaticRange', 'compareDocumentPosition'])(b),
  ],
  [
    'Scheduling: scanner and idle loop',
    (b) =>
      filesIn('utils/engine', ['scanner', 'idle-loop', 'tree-observer'])(b) ||
      nativeIn(['now', 'requestIdleCallback'])(b),
  ],
  ['Browser work outside JavaScript: (program)', (b) => b === '(program)'],
  ['Garbage collection', (b) => b === '(garbage collector)'],
  ['Idle between slices', (b) => b === '(idle)'],
];

/** Sums bucket times into the kinds of work above; what none claims is "other" (the bench harness, DevTools). */
function grouped(files) {
  const totals = GROUPS.map(([name]) => ({ name, ms: 0 }));
  const other = { name: 'Other: bench harness, DevTools', ms: 0 };
  for (const { name, ms } of files) {
    const index = GROUPS.findIndex(([, claims]) => claims(name));
    (totals[index] ?? other).ms += ms;
  }
  return [...totals, other];
}

/** Maps each line of the esbuild bundle to the source file its `// path` comment names. */
function sourceLines(bundle) {
  const files = [];
  let current = '(harness)';
  for (const line of bundle.split('\n')) {
    const marker = /^ {2}\/\/ ([\w@/.-]+\.ts)$/.exec(line);
    if (marker) current = marker[1] ?? current;
    files.push(current);
  }
  return files;
}

/** Where a profile node's time belongs: a source file of ours, or V8's own buckets (native, GC, idle). */
function bucketOf(node, files) {
  const { functionName, lineNumber, url } = node.callFrame;
  if (functionName.startsWith('(')) return functionName;
  if (url === '' && lineNumber >= 0) return files[lineNumber] ?? '(harness)';
  return `native ${functionName || url || '(anonymous)'}`;
}

/**
 * Self time per kind of work, per source file and per function during one profiled scan: where our time goes. `(program)` is
 * the browser's native work between and around our slices (style, layout, painting, observers).
 * @param {Profile} profile
 * @param {string} bundle the harness bundle, to map lines to files
 */
export function profileBreakdown(profile, bundle) {
  const lines = sourceLines(bundle);
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const selfUs = new Map();
  for (const [i, id] of profile.samples.entries()) {
    selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
  }
  const perFile = new Map();
  const perFunction = new Map();
  for (const [id, us] of selfUs) {
    const node = byId.get(id);
    if (!node) continue;
    const file = bucketOf(node, lines);
    perFile.set(file, (perFile.get(file) ?? 0) + us / 1000);
    const fn = `${node.callFrame.functionName || '(anonymous)'} · ${file}`;
    perFunction.set(fn, (perFunction.get(fn) ?? 0) + us / 1000);
  }
  const sorted = (map) => [...map].sort((a, b) => b[1] - a[1]).map(([name, ms]) => ({ name, ms }));
  const totalMs = [...perFile.values()].reduce((sum, ms) => sum + ms, 0);
  const files = sorted(perFile);
  return { totalMs, groups: grouped(files), files, functions: sorted(perFunction) };
}
