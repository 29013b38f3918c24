/**
 * Uint8Array's base64 methods (Chrome 140, Firefox 133, in the manifest's minimum versions), which TypeScript 5.9's
 * libraries do not describe yet: the compiled matcher travels as base64 (./matcher-wire.ts).
 */
interface Uint8Array {
  toBase64(): string;
}

interface Uint8ArrayConstructor {
  fromBase64(base64: string): Uint8Array<ArrayBuffer>;
}
