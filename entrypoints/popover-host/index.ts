import { handOverPopover } from '@/utils/engine/popover/popover-code';
import { startPopover } from './popover-controller';

/**
 * The popover's code in the page: hover intent, placement (floating-ui) and the frame host. The page script loads
 * it (`loadPopoverCode`) only once a page has a mention, so the many pages that mention nothing never parse it
 * (issue 11). It is web-accessible for that import, at Chrome's per-session address, and reaches the background only
 * through what the page script hands it.
 */
export default defineUnlistedScript(() => handOverPopover(startPopover));
