import type { PageMention } from '@/utils/engine/page-mentions';
import type { Popover } from './popover-controller';

/**
 * A popover started only when the page first has a mention (issue 11): a page that mentions nothing builds none of
 * its objects and adds none of its pointer, keyboard and message listeners, so a reader's pointer moves there run
 * no code of ours. Nothing is lost meanwhile: the keyboard commands and the popup's reveal open a mention, and
 * there is none. Once started it stays until destroyed; a destroyed one never starts again.
 */
export function lazyPopover(start: () => Popover): Popover {
  let popover: Popover | null = null;
  let destroyed = false;
  return {
    setMentions(mentions: readonly PageMention[]) {
      if (destroyed) return;
      if (mentions.length > 0) popover ??= start();
      popover?.setMentions(mentions);
    },
    destroy() {
      destroyed = true;
      popover?.destroy();
      popover = null;
    },
  };
}
