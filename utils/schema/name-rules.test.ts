import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import type { Alias } from '@/utils/model';
import { strongNameCheck } from './name-rules';

const schema = v.pipe(v.object({ name: v.string(), aliases: v.array(v.any()) }), strongNameCheck());
const alias = (text: string, caseSensitive = false): Alias => ({ text, caseSensitive, needsContext: false });
const problems = (name: string, aliases: Alias[] = []) => {
  const result = v.safeParse(schema, { name, aliases });
  return result.success ? [] : result.issues.map((issue) => `${issue.path?.[0]?.key}: ${issue.message}`);
};

describe('strongNameCheck', () => {
  it('refuses a name that is a lone letter or a common word, on the name', () => {
    expect(problems('X')).toEqual([expect.stringMatching(/^name: is a single letter/)]);
    expect(problems('The')).toEqual([expect.stringMatching(/^name: is a common word/)]);
    expect(problems('the', [alias('The')])).toHaveLength(1);
  });

  it('accepts real names, and a short name made safe by a case-sensitive alias spelling it', () => {
    expect(problems('Emmanuel Macron')).toEqual([]);
    expect(problems('NATO')).toEqual([]);
    expect(problems('UN', [alias('UN', true)])).toEqual([]);
    expect(problems('UN')).toEqual([expect.stringMatching(/common word/)]);
  });
});
