import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validPack } from '@/tests/helpers/minimal-pack';
import { namedMatcher } from '@/tests/helpers/named-matcher';
import { aliasRecordsOf } from '@/utils/store/alias-records';

const starter = validPack(readFileSync(resolve('public/starter-pack.json'), 'utf8'), 0);
const matcher = namedMatcher(aliasRecordsOf(starter.entries));

/** The matched slices of the original text with their entries, in order. */
const found = (text: string) => matcher.find(text).map((h) => [text.slice(h.start, h.end), h.entryId]);

describe('starter pack exclusions', () => {
  it('hide the page chrome and other names that contain an entry alias', () => {
    expect(found('US Edition | UK Edition | English (US) | en-US | US$ 40 | US & Canada')).toEqual([]);
    expect(found('Air France, Radio France, France 24 and Agence France-Presse')).toEqual([]);
    expect(found('The Times of India')).toEqual([]);
  });

  it('leave the entries themselves highlighted', () => {
    expect(found('The US, the UK and France; The Times reported')).toEqual([
      ['US', 'us'],
      ['UK', 'uk'],
      ['France', 'france'],
      ['The Times', 'times'],
    ]);
    expect(found('Join US troops in France 2025')).toEqual([
      ['US', 'us'],
      ['France', 'france'],
    ]);
  });
});
