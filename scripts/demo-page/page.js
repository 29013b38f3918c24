// The demo page's own script: it records every DOM change but the parser's, so tests can prove that the
// extension leaves the page alone, and it appends an update on "Load more", as live blogs do.
(() => {
  const log = [];
  window.__pageMutations = log;
  let parsing = true;

  const label = (node) => {
    if (node.nodeType !== Node.ELEMENT_NODE) return `#${node.nodeName.replace('#', '')}`;
    return node.dataset?.origin === 'page' ? `${node.tagName}(page)` : node.tagName;
  };
  const describe = (record) => {
    const target = label(record.target);
    if (record.type === 'attributes') return `attributes ${target} ${record.attributeName}`;
    if (record.type === 'characterData')
      return `characterData ${label(record.target.parentNode ?? record.target)}`;
    const added = [...record.addedNodes].map((node) => `+${label(node)}`);
    const removed = [...record.removedNodes].map((node) => `-${label(node)}`);
    return `childList ${target} ${[...added, ...removed].join(' ')}`;
  };

  // While the parser builds the page, added nodes and text are its own: skip those, keep everything else.
  const fromParser = (record) =>
    record.type === 'characterData' || (record.type === 'childList' && record.removedNodes.length === 0);
  const keep = (records) => {
    for (const record of records) {
      if (parsing && fromParser(record)) continue;
      log.push(describe(record));
    }
  };
  const observer = new MutationObserver(keep);
  observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  document.addEventListener('readystatechange', () => {
    if (!parsing || document.readyState === 'loading') return;
    keep(observer.takeRecords());
    parsing = false;
  });

  const updates = [
    'Australian Prime Minister Anthony Albanese said Canberra would consider sending personnel to a ' +
      'peacekeeping force.',
    'Moscow repeated that it rejects any troops from NATO members on Ukrainian soil.',
  ];
  document.addEventListener('DOMContentLoaded', () => {
    const button = document.getElementById('load-more');
    button.addEventListener('click', () => {
      const item = document.createElement('p');
      item.dataset.origin = 'page';
      item.textContent = updates.shift() ?? 'No further updates.';
      document.getElementById('updates').append(item);
    });
  });
})();
