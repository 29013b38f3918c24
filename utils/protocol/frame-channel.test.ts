import { describe, expect, it } from 'vitest';
import { fromFrameSchema, handshakeSchema, readPortMessage, toFrameSchema } from './frame-channel';

describe('frame channel', () => {
  it('accepts each message in its exact shape', () => {
    const render = { type: 'render', seq: 3, card: { entry: {} }, matchedAlias: 'Macron' };
    expect(readPortMessage(toFrameSchema, render)).toEqual(render);
    expect(readPortMessage(toFrameSchema, { type: 'shown', focus: true })).toEqual({
      type: 'shown',
      focus: true,
    });
    expect(
      readPortMessage(fromFrameSchema, { type: 'size', seq: 3, width: 300, height: 200 }),
    ).not.toBeNull();
    expect(readPortMessage(fromFrameSchema, { type: 'close' })).toEqual({ type: 'close' });
  });

  it('drops anything else: unknown types, extra fields, wrong types, a card that is not an object', () => {
    expect(readPortMessage(toFrameSchema, { type: 'eval', code: 'x' })).toBeNull();
    expect(readPortMessage(toFrameSchema, { type: 'hide', extra: 1 })).toBeNull();
    expect(
      readPortMessage(toFrameSchema, { type: 'render', seq: -1, card: {}, matchedAlias: 'x' }),
    ).toBeNull();
    expect(
      readPortMessage(toFrameSchema, { type: 'render', seq: 1, card: 'html', matchedAlias: 'x' }),
    ).toBeNull();
    expect(readPortMessage(fromFrameSchema, { type: 'size', seq: 1, width: -5, height: 10 })).toBeNull();
    expect(readPortMessage(fromFrameSchema, null)).toBeNull();
  });

  it('takes a handshake only with a ticket of the right form', () => {
    const ticket = '0f4c2a5e-8d3b-4e61-9a7c-2b5d8e1f3a90';
    expect(readPortMessage(handshakeSchema, { type: 'fact-linker.port', ticket })).not.toBeNull();
    expect(readPortMessage(handshakeSchema, { type: 'fact-linker.port', ticket: 'short' })).toBeNull();
    expect(readPortMessage(handshakeSchema, { type: 'fact-linker.port' })).toBeNull();
  });
});
