import { describe, expect, it } from 'vitest';
import { minimalPack, problemsOf, validPack } from '@/tests/helpers/minimal-pack';
import type { Topic } from '@/utils/model';

const NOW = Date.UTC(2030, 0, 1);

describe('entry topic in packs', () => {
  it('is optional: absent stays absent, generic and specific are kept as written', () => {
    const pack = minimalPack();
    const marked = (index: number, topic: Topic) => {
      const { createdAt, updatedAt, rev, ...fields } = pack.entries[index]!;
      pack.entries[index] = { ...fields, topic, createdAt, updatedAt, rev };
    };
    marked(1, 'generic');
    marked(2, 'specific');
    const text = JSON.stringify(pack);
    const parsed = validPack(text, NOW);
    expect(parsed.entries.map((entry) => entry.topic)).toEqual([undefined, 'generic', 'specific', undefined]);
    expect(Object.hasOwn(parsed.entries[0]!, 'topic')).toBe(false);
    expect(JSON.stringify(parsed)).toBe(text);
  });

  it('refuses any other value, saying which are allowed', () => {
    const pack = JSON.parse(JSON.stringify(minimalPack()));
    pack.entries[1].topic = 'general';
    expect(problemsOf(JSON.stringify(pack), NOW).join('\n')).toMatch(
      /topic.*must be one of generic, specific/,
    );
  });
});
