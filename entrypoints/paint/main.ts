import { acceptPort } from '@/utils/engine/frame/accept-port';
import { call } from '@/utils/protocol/call';
import { readPortMessage } from '@/utils/protocol/frame-channel';
import { toPaintSchema } from '@/utils/protocol/paint-channel';
import { warn } from '@/utils/warn';
import { drawBoxes } from './draw-boxes';
import { PAINT_STYLES } from './paint-styles';

const style = document.createElement('style');
style.textContent = PAINT_STYLES;
document.head.append(style);
const layer = document.getElementById('boxes')!;
const ticket = call('ui.frameTicket', {}).then(({ ticket }) => ticket);
acceptPort(window, ticket).then((port) => {
  port.onmessage = (event) => {
    const paint = readPortMessage(toPaintSchema, event.data);
    if (paint) drawBoxes(layer, paint);
  };
}, warn);
