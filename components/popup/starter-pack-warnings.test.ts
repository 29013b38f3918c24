import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validPack } from '@/tests/helpers/minimal-pack';
import { formFromRecords } from './entry-form';
import { buildDraftContext, validateDraft } from './validate-draft';

const PACKS = ['public/starter-pack.json', 'public/packs/ukraine-peace-2025-2026.json'];

describe('the shipped packs in the editor', () => {
  it.each(PACKS)('%s: no entry is flagged as listing an alias twice', (path) => {
    const pack = validPack(readFileSync(resolve(path), 'utf8'), Date.UTC(2030, 0, 1));
    const flagged = pack.entries.flatMap((entry) => {
      const form = formFromRecords({ entry, facts: [], stances: [] });
      const issues = validateDraft(form, buildDraftContext(pack.entries, entry.id));
      return Object.entries(issues)
        .filter(([, issue]) => issue.message === 'Listed twice for this entry')
        .map(([path]) => `${entry.id} ${path}`);
    });
    expect(flagged).toEqual([]);
  });
});
