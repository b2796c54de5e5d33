/**
 * Marks the terms of `?highlight=` inside the page's main content, after following a search result. The
 * dialog passes only the query's content terms (no question or stop words); English terms are marked as
 * whole words (with common endings), Chinese ones wherever they occur.
 */
export function highlightFromUrl(): void {
  const query = new URLSearchParams(location.search).get('highlight');
  const root = document.querySelector<HTMLElement>('[data-pagefind-body]') ?? document.querySelector<HTMLElement>('main');
  if (!query || !root) return;
  const terms = query
    .split(/\s+/)
    .map((term) => term.trim())
    .filter((term) => term.length > 0)
    .sort((a, b) => b.length - a.length)
    .slice(0, 8);
  if (terms.length === 0) return;
  const sources = terms.map((term) => {
    const escaped = term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return /[\u3400-\u9fff]/.test(term) ? escaped : `(?<![\\p{L}\\p{N}])${escaped}(?:s|es|ed|d|ing|er|ers|'s)?(?![\\p{L}\\p{N}])`;
  });
  const pattern = new RegExp(`(${sources.join('|')})`, 'giu');
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.parentElement?.closest('script, style, mark, svg, button, select, textarea, input, [data-pagefind-ignore], .checklist-footer')
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT,
  });
  const textNodes: Text[] = [];
  while (walker.nextNode()) textNodes.push(walker.currentNode as Text);
  for (const node of textNodes) {
    const text = node.nodeValue ?? '';
    pattern.lastIndex = 0;
    if (!pattern.test(text)) continue;
    const parts = text.split(pattern);
    const fragment = document.createDocumentFragment();
    parts.forEach((part, i) => {
      if (!part) return;
      if (i % 2 === 1) {
        const mark = document.createElement('mark');
        mark.dataset.searchHighlight = '';
        mark.textContent = part;
        fragment.append(mark);
      } else {
        fragment.append(part);
      }
    });
    node.replaceWith(fragment);
  }
}
