/**
 * The anchor of what the reader is looking at: the last section heading (or glossary entry) whose top has
 * scrolled above the upper third of the window. Section ids are the same in both languages, so the other
 * language's page can open at the same place. Undefined at the top of a page.
 */
export function anchorInView(doc: Document = document): string | undefined {
  const line = window.innerHeight * 0.35;
  let found: string | undefined;
  // Only anchors both languages share: section headings, glossary entries, the start page's role and
  // chapter headings (headings written in Markdown get ids from their text, which differ by language).
  const anchors = 'main h2[id]:not([id^="index-"]), main dt[id], main h3[id^="role-"], main h3[id^="path-"]';
  for (const el of doc.querySelectorAll<HTMLElement>(anchors)) {
    if (el.id === 'top' || el.closest('[hidden]')) continue;
    if (el.getBoundingClientRect().top <= line) found = el.id;
    else break;
  }
  return found;
}

let readerScrolled = false;
if (typeof window !== 'undefined') {
  const mark = () => (readerScrolled = true);
  for (const type of ['wheel', 'touchmove']) addEventListener(type, mark, { passive: true, once: true });
  addEventListener('keydown', (e) => {
    if (['PageDown', 'PageUp', 'ArrowDown', 'ArrowUp', 'Home', 'End', ' '].includes(e.key)) mark();
  });
}

/**
 * The anchor to open the other language at: the address's #hash while the reader has not moved (the
 * browser may still be scrolling to it), otherwise the section in view; '' at the top of a page.
 */
export function placeToKeep(): string {
  if (location.hash && !readerScrolled) return location.hash;
  const id = anchorInView();
  return id ? `#${id}` : '';
}
