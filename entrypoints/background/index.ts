/** Background: the only context that opens the knowledge base. */
export default defineBackground(() => {
  console.info('Fact Linker background started');
});
