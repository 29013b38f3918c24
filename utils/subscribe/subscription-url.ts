/** The longest pack address accepted, as the call map bounds it. */
export const MAX_URL_CHARS = 2048;

/**
 * The only hosts reached over plain http: this computer, so the end-to-end tests can serve packs from a local
 * static server. Every other address must be https, so what arrives is what the publisher sent.
 */
const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1']);

/** An address a pack may be subscribed to: the one the background fetches, and the host permission it needs. */
export interface SubscriptionAddress {
  /** The address, normalised and without its fragment. */
  url: string;
  /** The optional host permission for its host alone, e.g. `https://example.org/*` (any port). */
  pattern: string;
}

/** Why an address is refused, as a key the popup words in the reader's language (`subscribe_refused_<problem>`). */
export type AddressProblem = 'empty' | 'long' | 'invalid' | 'insecure' | 'credentials';

/** The address checked, or why it is refused: the problem, and in English words the background's errors carry. */
export type AddressCheck =
  | { ok: true; value: SubscriptionAddress }
  | { ok: false; problem: AddressProblem; reason: string };

function refused(problem: AddressProblem, reason: string): AddressCheck {
  return { ok: false, problem, reason };
}

/**
 * Checks an address the reader pasted: https only (plain http only for localhost and 127.0.0.1, for local tests),
 * no user name or password in it, its fragment dropped (the server never sees it). Never throws.
 */
export function subscriptionAddress(input: string): AddressCheck {
  const text = input.trim();
  if (text === '') return refused('empty', 'Paste the address of a pack');
  if (text.length > MAX_URL_CHARS)
    return refused('long', `The address is longer than ${MAX_URL_CHARS} characters`);
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return refused('invalid', 'This is not a web address');
  }
  const local = url.protocol === 'http:' && LOCAL_HOSTS.has(url.hostname);
  if (url.protocol !== 'https:' && !local)
    return refused('insecure', 'Only https addresses are accepted, so the pack cannot be altered on its way');
  if (url.username !== '' || url.password !== '')
    return refused('credentials', 'The address must not hold a user name or password');
  url.hash = '';
  return { ok: true, value: { url: url.href, pattern: `${url.protocol}//${url.hostname}/*` } };
}
