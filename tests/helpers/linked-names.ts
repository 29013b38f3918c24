/**
 * HTML for `count` linked user names, `<a href="#" id="aN">nameN</a>, ` each (three nodes a name): a kudos list
 * like archive-of-our-own.html's, long enough that its paragraph takes several stretches to read.
 */
export function linkedNames(count: number): string {
  return Array.from({ length: count }, (_, i) => `<a href="#" id="a${i}">name${i}</a>, `).join('');
}
