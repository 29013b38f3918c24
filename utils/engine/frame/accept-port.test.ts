import { describe, expect, it } from 'vitest';
import { acceptPort } from './accept-port';

const TICKET = '0f4c2a5e-8d3b-4e61-9a7c-2b5d8e1f3a90';

function post(data: unknown, ports: MessagePort[] = []): void {
  window.dispatchEvent(new MessageEvent('message', { data, ports }));
}

describe('acceptPort', () => {
  it('takes the port that comes with this tab’s ticket, and ignores one with another ticket or no port', async () => {
    const accepted = acceptPort(window, Promise.resolve(TICKET));
    const wrong = new MessageChannel();
    const right = new MessageChannel();
    post({ type: 'fact-linker.port', ticket: '11111111-2222-3333-4444-555555555555' }, [wrong.port2]);
    post({ type: 'fact-linker.port', ticket: TICKET });
    post({ type: 'something-else', ticket: TICKET }, [wrong.port2]);
    post({ type: 'fact-linker.port', ticket: TICKET }, [right.port2]);
    expect(await accepted).toBe(right.port2);
  });

  it('keeps the first good port: a later one is ignored', async () => {
    const accepted = acceptPort(window, Promise.resolve(TICKET));
    const first = new MessageChannel();
    const later = new MessageChannel();
    post({ type: 'fact-linker.port', ticket: TICKET }, [first.port2]);
    post({ type: 'fact-linker.port', ticket: TICKET }, [later.port2]);
    expect(await accepted).toBe(first.port2);
  });
});
