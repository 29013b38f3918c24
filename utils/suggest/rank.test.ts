import { describe, expect, it } from 'vitest';
import type { WordTags } from './nlp-tags';
import { rankNames } from './rank';
import type { NameTag, Occurrence } from './types';

/** A tagger that knows only the words it is given. */
function tagsOf(known: Record<string, NameTag>): WordTags {
  const wordTag = (word: string) => known[word] ?? null;
  return {
    wordTag,
    tagOf: (words) => (words.some((word) => wordTag(word) === 'person') ? 'person' : wordTag(words.at(-1)!)),
  };
}

const at = (form: string, extra: Partial<Occurrence> = {}): Occurrence => ({
  form,
  words: form.split(/\s+/),
  block: 2,
  role: 'body',
  initial: false,
  titled: false,
  ...extra,
});

const names = (occurrences: Occurrence[], tags = tagsOf({})) =>
  rankNames(occurrences, tags).map((each) => `${each.name} ${each.count}`);

describe('rankNames', () => {
  it('folds a surname into the one full name on the page and counts every form', () => {
    const ranked = rankNames([at('Vladimir Medinsky'), at('Medinsky'), at('Medinsky')], tagsOf({}));
    expect(ranked).toMatchObject([
      { name: 'Vladimir Medinsky', count: 3, forms: ['Vladimir Medinsky', 'Medinsky'] },
    ]);
  });

  it('keeps a surname apart when two full names end with it', () => {
    expect(names([at('Ed Miliband'), at('David Miliband'), at('Miliband')])).toHaveLength(3);
  });

  it('ranks by prominence: one headline mention outweighs two in the body', () => {
    expect(names([at('Baerbock'), at('Baerbock'), at('Umerov', { role: 'headline', block: 0 })])).toEqual([
      'Umerov 1',
      'Baerbock 2',
    ]);
  });

  it('drops a word only ever seen opening a sentence unless the tagger or a title says it is a name', () => {
    expect(names([at('Speaking', { initial: true })])).toEqual([]);
    expect(names([at('Medinsky', { initial: true })], tagsOf({ Medinsky: 'person' }))).toEqual([
      'Medinsky 1',
    ]);
    expect(names([at('Kellogg', { initial: true, titled: true })])).toEqual(['Kellogg 1']);
  });

  it('drops what the tagger calls an ordinary word, and a lone organisation word', () => {
    expect(names([at('Frenchwoman'), at('Government')], tagsOf({ Frenchwoman: 'common' }))).toEqual([]);
  });

  it('counts a joined pair for its parts when either is named alone, and keeps a double-barrelled name whole', () => {
    expect(names([at('Trump-Putin'), at('Trump')])).toEqual(['Trump 2', 'Putin 1']);
    expect(names([at('Ferrand-Prevot')])).toEqual(['Ferrand-Prevot 1']);
  });

  it('trims words the tagger says are not part of the name', () => {
    const tags = tagsOf({ Steve: 'person', Following: 'common', Iranian: 'common' });
    expect(names([at('Middle East Steve Witkoff')], tags)).toEqual(['Steve Witkoff 1']);
    expect(names([at('Following Apple', { initial: true })], tags)).toEqual(['Apple 1']);
    expect(names([at('Cannes for the Iranian')], tags)).toEqual(['Cannes 1']);
  });

  it('guesses the kind from titles, tags and head words', () => {
    const ranked = rankNames(
      [at('Kellogg', { titled: true }), at('Foreign Ministry'), at('Moscow Times'), at('GRU'), at('Bild')],
      tagsOf({}),
    );
    expect(ranked.map((each) => each.kind)).toEqual([
      'person',
      'organisation',
      'media',
      'organisation',
      'name',
    ]);
  });
});
