import { describe, expect, it } from 'vitest';
import { openShadowRoot } from './walk-hooks';

describe('openShadowRoot', () => {
  it('finds the open shadow root of every element DOM lets carry one, custom elements included', () => {
    const hosts =
      'article aside blockquote body div footer h1 h2 h3 h4 h5 h6 header main nav p section span x-card';
    for (const name of hosts.split(' ')) {
      const el = document.createElement(name);
      const shadow = el.attachShadow({ mode: 'open' });
      expect(openShadowRoot(el), name).toBe(shadow);
    }
  });

  it('does not ask the browser about elements that cannot carry one, nor finds a closed root', () => {
    const link = document.createElement('a');
    Object.defineProperty(link, 'shadowRoot', {
      get: () => expect.unreachable('asked a link for its shadow root'),
    });
    expect(openShadowRoot(link)).toBeNull();
    const closed = document.createElement('div');
    closed.attachShadow({ mode: 'closed' });
    expect(openShadowRoot(closed)).toBeNull();
  });
});
