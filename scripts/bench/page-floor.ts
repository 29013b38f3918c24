/** What one read of every character found, and the sum of their codes (so no read can be optimised away). */
interface Read {
  chars: number;
  nodes: number;
  checksum: number;
}

/** One TreeWalker pass over `root` that reads every character of every text node and does nothing else. */
function readAll(root: Node): Read {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let chars = 0;
  let nodes = 0;
  let checksum = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const data = (node as Text).data;
    for (let i = 0; i < data.length; i++) checksum = (checksum + data.charCodeAt(i)) | 0;
    chars += data.length;
    nodes++;
  }
  return { chars, nodes, checksum };
}

/** Warm-up passes over a detached tree, enough for V8 to optimise `readAll` before it is timed. */
const WARM_UP_PASSES = 6;

/**
 * A detached tree of one-byte and two-byte text nodes, so the optimised loop has seen both string encodings but
 * none of the page's nodes (their wrappers and strings stay as cold as a content script finds them).
 */
function warmUpTree(): Node {
  const root = document.createElement('div');
  for (let i = 0; i < 2_000; i++) {
    const p = document.createElement('p');
    p.textContent =
      i % 4 === 0 ? `Зеленський і Макрон ${i} — переговори` : `The mission under UN command, ${i}.`;
    root.append(p);
  }
  return root;
}

/**
 * The least any text scan of the page can cost: one TreeWalker pass reading every character of every text node,
 * timed with its loop already optimised on a detached tree, so the figure is the page's reading cost and not
 * V8 compiling a ten-line loop (which, cold, took about ten times as long on the largest pages).
 */
export function floor(): Read & { ms: number } {
  const tree = warmUpTree();
  for (let pass = 0; pass < WARM_UP_PASSES; pass++) readAll(tree);
  const start = performance.now();
  const read = readAll(document.body);
  return { ms: performance.now() - start, ...read };
}
