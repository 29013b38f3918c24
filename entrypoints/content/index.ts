/** Content script: finds mentions on the page and highlights them. */
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  main() {},
});
