// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { tagWords } from './nlp-tags';

describe('tagWords', () => {
  const tags = tagWords([
    'However, Vladimir Medinsky met the UN Security Council.',
    'Russian officials said so.',
  ]);

  it('says which words name people and organisations', () => {
    expect(tags.tagOf(['Vladimir', 'Medinsky'])).toBe('person');
    expect(tags.tagOf(['Medinsky'])).toBe('person');
    expect(tags.tagOf(['Security', 'Council'])).toBe('organisation');
  });

  it('calls openers and nationality words ordinary, and knows nothing of words it has not read', () => {
    expect(tags.wordTag('However')).toBe('common');
    expect(tags.wordTag('Russian')).toBe('common');
    expect(tags.wordTag('Umerov')).toBeNull();
  });
});
