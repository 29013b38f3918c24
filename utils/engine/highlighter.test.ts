import { beforeEach, describe, expect, it } from 'vitest';
import { MortalRealm } from '@/tests/helpers/dead-objects';
import { type FakeEnv, FakeHighlight, fakeEnv, paintedText } from '@/tests/helpers/engine-env';
import { HIGHLIGHT_NAMES } from './highlight-env';
import { Highlighter } from './highlighter';

function rangeOver(el: Element): Range {
  const range = document.createRange();
  range.selectNodeContents(el);
  return range;
}

beforeEach(() => {
  document.body.innerHTML = '<p id="a">Macron</p><p id="b">coalition of the willing</p>';
  document.adoptedStyleSheets = [];
});

describe('Highlighter', () => {
  it('paints marks by family and replaces or drops them per container', () => {
    const env = fakeEnv();
    const highlighter = new Highlighter(() => env);
    const a = document.getElementById('a')!;
    const b = document.getElementById('b')!;
    highlighter.set(a, [{ range: rangeOver(a), family: 'actor' }]);
    highlighter.set(b, [{ range: rangeOver(b), family: 'proposal' }]);
    expect(paintedText(env, HIGHLIGHT_NAMES.actor)).toEqual(['Macron']);
    expect(paintedText(env, HIGHLIGHT_NAMES.proposal)).toEqual(['coalition of the willing']);
    highlighter.set(a, [{ range: rangeOver(a), family: 'proposal' }]);
    expect(paintedText(env, HIGHLIGHT_NAMES.actor)).toEqual([]);
    expect(paintedText(env, HIGHLIGHT_NAMES.proposal)).toEqual(['Macron', 'coalition of the willing']);
    highlighter.delete(b);
    expect(paintedText(env, HIGHLIGHT_NAMES.proposal)).toEqual(['Macron']);
  });

  it('styles through an adopted sheet, also inside shadow roots, and takes everything back on destroy', () => {
    const env = fakeEnv();
    const styles: string[] = [];
    env.createSheet = () => {
      const sheet = new CSSStyleSheet();
      const replace = sheet.replaceSync.bind(sheet);
      sheet.replaceSync = (text) => {
        styles.push(text);
        replace(text);
      };
      return sheet;
    };
    const highlighter = new Highlighter(() => env);
    const page = new CSSStyleSheet();
    document.adoptedStyleSheets = [page];
    const shadow = document.getElementById('b')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p>Starmer</p>';
    highlighter.set(document.getElementById('a')!, [
      { range: rangeOver(document.getElementById('a')!), family: 'actor' },
    ]);
    highlighter.set(shadow.firstChild!, [
      { range: rangeOver(shadow.firstChild as Element), family: 'actor' },
    ]);
    expect(document.adoptedStyleSheets).toHaveLength(2);
    const ours = document.adoptedStyleSheets[1]!;
    expect(styles.join()).toMatch(/::highlight\(fact-linker-actor\).*::highlight\(fact-linker-proposal\)/s);
    expect(shadow.adoptedStyleSheets).toEqual([ours]);
    highlighter.destroy();
    expect(document.adoptedStyleSheets).toEqual([page]);
    expect(shadow.adoptedStyleSheets).toEqual([]);
    expect(env.registry.size).toBe(0);
  });

  it("forgets a frame's document once it is gone, untouched, and still restyles and clears the page", () => {
    const realm = new MortalRealm();
    const frameDoc = document.implementation.createHTMLDocument('frame');
    frameDoc.body.innerHTML = '<p>Starmer</p>';
    const gone = realm.wrap(frameDoc);
    const p = realm.wrap(frameDoc.body.firstChild as Element, {
      ownerDocument: gone,
      getRootNode: () => gone,
    });
    const goneEnv: FakeEnv = {
      registry: realm.wrap(new Map<string, FakeHighlight>()),
      createHighlight: () => realm.wrap(new FakeHighlight()),
      createSheet: () => realm.wrap(new CSSStyleSheet()),
    };
    const env = fakeEnv();
    const highlighter = new Highlighter((doc) => (doc === gone ? goneEnv : env));
    const a = document.getElementById('a')!;
    highlighter.set(a, [{ range: rangeOver(a), family: 'actor' }]);
    highlighter.set(p, [{ range: rangeOver(frameDoc.body.firstChild as Element), family: 'actor' }]);
    expect(goneEnv.registry.get(HIGHLIGHT_NAMES.actor)?.ranges.size).toBe(1);
    realm.kill();
    highlighter.setStyle('underline');
    highlighter.delete(p);
    expect(document.adoptedStyleSheets).toHaveLength(1);
    expect(paintedText(env, HIGHLIGHT_NAMES.actor)).toEqual(['Macron']);
    highlighter.destroy();
    expect(env.registry.size).toBe(0);
    expect(document.adoptedStyleSheets).toEqual([]);
  });

  it("lets go of a windowless document's paint with its last mark, and keeps the page's", () => {
    const frameDoc = document.implementation.createHTMLDocument('removed frame');
    frameDoc.body.innerHTML = '<p>Starmer</p><p>NATO</p>';
    const [starmer, nato] = [...frameDoc.querySelectorAll('p')];
    const made: Document[] = [];
    const highlighter = new Highlighter((doc) => {
      made.push(doc);
      return fakeEnv();
    });
    const a = document.getElementById('a')!;
    const mark = (el: Element) => [{ range: rangeOver(el), family: 'actor' as const }];
    highlighter.set(a, mark(a));
    highlighter.set(starmer!, mark(starmer!));
    highlighter.set(nato!, mark(nato!));
    highlighter.delete(starmer!);
    highlighter.set(starmer!, mark(starmer!));
    expect(made).toEqual([document, frameDoc]);
    highlighter.delete(starmer!);
    highlighter.delete(nato!);
    highlighter.delete(a);
    highlighter.set(a, mark(a));
    highlighter.set(nato!, mark(nato!));
    expect(made).toEqual([document, frameDoc, frameDoc]);
  });

  it('registers nothing on a page without marks', () => {
    const env = fakeEnv();
    const highlighter = new Highlighter(() => env);
    highlighter.set(document.body, []);
    expect(env.registry.size).toBe(0);
    expect(document.adoptedStyleSheets).toEqual([]);
  });

  it('leaves a newer instance registration alone on destroy', () => {
    const env = fakeEnv();
    const old = new Highlighter(() => env);
    old.set(document.getElementById('a')!, [
      { range: rangeOver(document.getElementById('a')!), family: 'actor' },
    ]);
    const newer = new FakeHighlight();
    env.registry.set(HIGHLIGHT_NAMES.actor, newer);
    old.destroy();
    expect(env.registry.get(HIGHLIGHT_NAMES.actor)).toBe(newer);
    expect(env.registry.has(HIGHLIGHT_NAMES.proposal)).toBe(false);
  });

  it('does nothing where the browser has no highlight API', () => {
    const highlighter = new Highlighter(() => null);
    expect(() =>
      highlighter.set(document.body, [{ range: rangeOver(document.body), family: 'actor' }]),
    ).not.toThrow();
    expect(document.adoptedStyleSheets).toEqual([]);
  });
});
