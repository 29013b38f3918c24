/**
 * Node 20 (where the unit tests run) lacks Uint8Array's base64 methods that both supported browsers have; this
 * gives Node the same two, through Buffer, so the matcher's wire format is tested in Node as the browsers run it.
 */
export function polyfillBase64(): void {
  if (typeof Uint8Array.fromBase64 === 'function') return;
  Uint8Array.prototype.toBase64 = function toBase64(this: Uint8Array) {
    return Buffer.from(this.buffer, this.byteOffset, this.byteLength).toString('base64');
  };
  Uint8Array.fromBase64 = (base64: string) => {
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(base64) || base64.length % 4 !== 0)
      throw new SyntaxError('Not base64');
    const decoded = Buffer.from(base64, 'base64');
    return new Uint8Array(decoded.buffer.slice(decoded.byteOffset, decoded.byteOffset + decoded.byteLength));
  };
}
