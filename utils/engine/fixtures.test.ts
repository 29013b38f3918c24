import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeEnv, manualIdle, paintedText, TEST_ALIASES } from '@/tests/helpers/engine-env';
import { compileMatcher } from '@/utils/matcher';
import { HIGHLIGHT_NAMES } from './highlight-env';
import { Highlighter } from './highlighter';
import { Scanner } from './scanner';

const dir = join(import.meta.dirname, '../../tests/fixtures/pages');
const names = readdirSync(dir)
  .filter((file) => file.endsWith('.html'))
  .map((file) => file.slice(0, -'.html'.length));

let destroy: (() => void) | undefined;
afterEach(() => destroy?.());

describe('fixtures: highlighted strings per family', () => {
  it('has fixtures to check', () => {
    expect(names.length).toBeGreaterThanOrEqual(4);
  });

  it.each(names)('%s', (name) => {
    const html = readFileSync(join(dir, `${name}.html`), 'utf8');
    const expected = JSON.parse(readFileSync(join(dir, `${name}.expected.json`), 'utf8'));
    const parsed = new DOMParser().parseFromString(html, 'text/html');
    document.head.innerHTML = parsed.head.innerHTML;
    document.body.innerHTML = parsed.body.innerHTML;
    const env = fakeEnv();
    const idle = manualIdle();
    const matcher = compileMatcher(TEST_ALIASES);
    const scanner = new Scanner({
      root: document,
      matcher: () => matcher,
      painter: new Highlighter(() => env),
      requestIdle: idle.requestIdle,
    });
    destroy = () => scanner.destroy();
    scanner.rescan();
    idle.flush();
    expect({
      actor: paintedText(env, HIGHLIGHT_NAMES.actor),
      proposal: paintedText(env, HIGHLIGHT_NAMES.proposal),
    }).toEqual(expected);
  });
});
