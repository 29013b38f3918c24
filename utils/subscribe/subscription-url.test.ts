import { describe, expect, it } from 'vitest';
import { subscriptionAddress } from './subscription-url';

describe('subscriptionAddress', () => {
  it('accepts an https address, drops its fragment and gives the permission for its host alone', () => {
    expect(subscriptionAddress('  https://Example.org:8443/packs/peace.json?v=2#top ')).toEqual({
      ok: true,
      value: { url: 'https://example.org:8443/packs/peace.json?v=2', pattern: 'https://example.org/*' },
    });
    expect(subscriptionAddress('https://raw.githubusercontent.com/o/r/main/pack.json')).toEqual({
      ok: true,
      value: {
        url: 'https://raw.githubusercontent.com/o/r/main/pack.json',
        pattern: 'https://raw.githubusercontent.com/*',
      },
    });
  });

  it('accepts plain http for localhost and 127.0.0.1 on any port, for the local test server', () => {
    expect(subscriptionAddress('http://localhost:8080/v1.json')).toEqual({
      ok: true,
      value: { url: 'http://localhost:8080/v1.json', pattern: 'http://localhost/*' },
    });
    expect(subscriptionAddress('http://127.0.0.1:41234/pack.json')).toEqual({
      ok: true,
      value: { url: 'http://127.0.0.1:41234/pack.json', pattern: 'http://127.0.0.1/*' },
    });
  });

  it.each([
    ['', 'Paste the address of a pack'],
    ['example.org/pack.json', 'This is not a web address'],
    ['http://example.org/pack.json', 'Only https addresses are accepted'],
    ['http://127.0.0.2/pack.json', 'Only https addresses are accepted'],
    ['http://localhost.example.org/pack.json', 'Only https addresses are accepted'],
    ['ftp://example.org/pack.json', 'Only https addresses are accepted'],
    ['file:///home/me/pack.json', 'Only https addresses are accepted'],
    ['javascript:alert(1)', 'Only https addresses are accepted'],
    ['data:application/json,{}', 'Only https addresses are accepted'],
    ['https://me:secret@example.org/pack.json', 'must not hold a user name or password'],
    ['https://token@example.org/pack.json', 'must not hold a user name or password'],
    [`https://example.org/${'a'.repeat(2048)}`, 'longer than 2048 characters'],
  ])('refuses %j', (input, reason) => {
    const check = subscriptionAddress(input);
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.reason).toContain(reason);
  });
});
