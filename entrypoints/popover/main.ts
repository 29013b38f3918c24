import { popoverStyles } from '@/components/popover/popover-styles';
import { acceptPort } from '@/utils/engine/frame/accept-port';
import { messageLanguage } from '@/utils/i18n/t';
import { call } from '@/utils/protocol/call';
import { warn } from '@/utils/warn';
import { FRAME_STYLES } from './frame-styles';
import { startFrame } from './start-frame';

document.documentElement.lang = messageLanguage();
const style = document.createElement('style');
style.textContent = popoverStyles + FRAME_STYLES;
document.head.append(style);
const ticket = call('ui.frameTicket', {}).then(({ ticket }) => ticket);
acceptPort(window, ticket).then((port) => startFrame(document, port), warn);
