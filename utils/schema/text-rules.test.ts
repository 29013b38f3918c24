import { describe, expect, it } from 'vitest';
import { errorsWith } from '@/tests/helpers/minimal-pack';

const ID_RULE = 'must be 1 to 80 lower-case letters, digits or hyphens, not starting with a hyphen';
const KINDS = 'person, organisation, country, media, mission, deployment, coalition, guarantee, resolution';
const MARKUP = 'must not contain HTML markup';
const alias = (text: string) => ({ text, caseSensitive: false, needsContext: false });
const exact = (text: string) => ({ text, caseSensitive: true, needsContext: false });

/** [path, refused value, the one message expected, a nearby accepted value] */
const rules: [string, unknown, string, unknown][] = [
  ['entries.3.id', '-nato', `entries[3].id: ${ID_RULE}`, 'nato-2'],
  ['entries.3.id', 'NATO', `entries[3].id: ${ID_RULE}`, 'n4to'],
  ['entries.3.id', 'a'.repeat(81), `entries[3].id: ${ID_RULE}`, 'a'.repeat(80)],
  ['entries.3.kind', 'club', `entries[3].kind: must be one of ${KINDS}`, 'media'],
  ['entries.0.name', '', 'entries[0].name: must not be empty', 'Mo'],
  ['entries.0.name', '  \n ', 'entries[0].name: must not be empty', ' Mo '],
  ['entries.0.name', 'x'.repeat(201), 'entries[0].name: must be at most 200 characters', 'x'.repeat(200)],
  [
    'entries.0.summary',
    'x'.repeat(4001),
    'entries[0].summary: must be at most 4000 characters',
    'x'.repeat(4000),
  ],
  ['entries.0.summary', 'see <b>this</b>', `entries[0].summary: ${MARKUP}`, 'a < b, c > d'],
  ['entries.0.caveat', 'oops </', `entries[0].caveat: ${MARKUP}`, 'x <3 y'],
  ['entries.0.role', '<!-- x -->', `entries[0].role: ${MARKUP}`, '<- x ->'],
  ['entries.0.name', '<script>', `entries[0].name: ${MARKUP}`, '< script'],
  ['facts.0.text', 'a <?php ?> b', `facts[0].text: ${MARKUP}`, 'a <= b'],
  ['title', '<img src=x>', `title: ${MARKUP}`, 'Peace <-> war'],
  ['entries.0.aliases.0.text', '', 'entries[0].aliases[0].text: must not be empty', 'Macron'],
  [
    'entries.0.aliases.0.caseSensitive',
    'yes',
    'entries[0].aliases[0].caseSensitive: must be true or false',
    true,
  ],
  [
    'entries.0.aliases',
    [alias('Macron'), alias('Emmanuel Macron'), alias(' MACRON ')],
    'entries[0].aliases[2].text: duplicates aliases[0] ("macron")',
    [alias('Macron'), alias('Emmanuel Macron'), alias('Macron’s')],
  ],
  [
    'entries.0.aliases',
    [alias('António Guterres'), alias('Antonio Guterres')],
    'entries[0].aliases[1].text: duplicates aliases[0] ("antonio guterres")',
    [alias('António Guterres'), alias('Guterres')],
  ],
  [
    'entries.0.aliases',
    [exact('NATO'), exact('NATO')],
    'entries[0].aliases[1].text: duplicates aliases[0] ("=NATO")',
    [exact('NATO'), exact('Nato')],
  ],
  ['entries.0.tags', ['ok', ''], 'entries[0].tags[1]: must not be empty', ['ok', 'fine']],
];

describe('text rules', () => {
  it.each(rules)('%s: refuses %j and accepts a nearby value', (path, bad, message, good) => {
    expect(errorsWith(path, bad)).toEqual([message]);
    expect(errorsWith(path, good)).toEqual([]);
  });
});
