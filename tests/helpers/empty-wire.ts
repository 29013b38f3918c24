import type { MatcherWire } from '@/utils/matcher/matcher-wire';

/** A packed matcher of an empty knowledge base, as the background sends it: for tests of what carries or keeps one. */
export const EMPTY_WIRE: MatcherWire = {
  layout: {
    nodes: 1,
    shallow: 1,
    roots: 0,
    keys: 0,
    lengths: 2,
    records: 0,
    entries: 0,
    units: 0,
    spellings: 0,
    firstShift: 6,
    firstWidth: 1,
    keyShift: 6,
    keyWidth: 1,
  },
  bytes: new Uint8Array(),
  deflated: false,
  caseKeys: '',
  size: 0,
};
