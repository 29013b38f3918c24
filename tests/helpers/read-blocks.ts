import { BlockReader } from '@/utils/engine/block-reader';
import type { ElementRules } from '@/utils/engine/dom-rules';
import type { TextBlock } from '@/utils/engine/text-blocks';

/** A container's blocks read in one go, as the scanner reads any container of up to READ_STRETCH nodes. */
export function readBlocks(container: Node, rules: ElementRules): TextBlock[] {
  const reader = new BlockReader(container, rules);
  reader.read(Number.POSITIVE_INFINITY);
  return reader.blocks;
}
