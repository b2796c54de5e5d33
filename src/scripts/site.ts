import { placeToKeep } from './place-in-view';

/** Small behaviours shared by every page: the small-screen menu, the current TOC entry, language links. */
export function initSite(): void {
  // Print the calculators' working open, then close again what the reader had closed.
  let opened: HTMLDetailsElement[] = [];
  window.addEventListener('beforeprint', () => {
    opened = [...document.querySelectorAll<HTMLDetailsElement>('details.calc-math:not([open])')];
    for (const d of opened) d.open = true;
  });
  window.addEventListener('afterprint', () => {
    for (const d of opened) d.open = false;
    opened = [];
  });
  const menuButton = document.querySelector<HTMLButtonElement>('[data-menu-button]');
  const sidebar = document.getElementById('sidebar');
  if (menuButton && sidebar) {
    const setOpen = (open: boolean) => {
      menuButton.setAttribute('aria-expanded', String(open));
      const label = menuButton.querySelector('[data-menu-label]');
      if (label) label.textContent = (open ? menuButton.dataset.labelClose : menuButton.dataset.labelOpen) ?? '';
      if (open) sidebar.setAttribute('data-open', '');
      else sidebar.removeAttribute('data-open');
    };
    menuButton.addEventListener('click', () => setOpen(menuButton.getAttribute('aria-expanded') !== 'true'));
    sidebar.addEventListener('click', (e) => {
      if ((e.target as HTMLElement).closest('a')) setOpen(false);
    });
    document.addEventListener('keydown', (e) => {
      if (e.key === 'Escape' && sidebar.hasAttribute('data-open')) {
        setOpen(false);
        menuButton.focus();
      }
    });
  }

  // Keep the reader's place when switching language: the anchor ids are the same in both locales, so the
  // section in view (not only an address's #hash) and a followed role path (?path=) carry over.
  for (const link of document.querySelectorAll<HTMLAnchorElement>('[data-language-link]')) {
    link.addEventListener('click', () => {
      const url = new URL(link.href);
      url.search = location.search;
      url.hash = placeToKeep();
      link.href = url.href;
    });
  }

  // Mark the section being read in the table of contents and the sidebar, and name it in the phone control.
  // The current section is the last heading above a line just under the sticky header; checked on scroll.
  const tocLinks = [...document.querySelectorAll<HTMLAnchorElement>('[data-toc-link], [data-section-link]')];
  const headings = [...document.querySelectorAll<HTMLElement>('main h2[id]')];
  const current = document.querySelector<HTMLElement>('[data-toc-current]');
  const mobileToc = document.querySelector<HTMLDetailsElement>('[data-toc-mobile]');
  if (tocLinks.length > 0 && headings.length > 0) {
    let shown = '';
    const mark = () => {
      const header = document.querySelector('.site-header')?.getBoundingClientRect().bottom ?? 0;
      const line = Math.max(header, mobileToc?.getBoundingClientRect().bottom ?? 0) + 100;
      let id = 'top';
      for (const h of headings) {
        if (h.getBoundingClientRect().top <= line) id = h.id;
        else break;
      }
      if (id === shown) return;
      shown = id;
      for (const link of tocLinks) {
        const linkId = link.dataset.tocLink ?? link.dataset.sectionLink;
        if (linkId === id) link.setAttribute('aria-current', 'true');
        else link.removeAttribute('aria-current');
      }
      if (current) current.textContent = mobileToc?.querySelector(`[data-toc-link="${CSS.escape(id)}"]`)?.textContent ?? '';
    };
    let queued = false;
    const onScroll = () => {
      if (queued) return;
      queued = true;
      requestAnimationFrame(() => {
        queued = false;
        mark();
      });
    };
    addEventListener('scroll', onScroll, { passive: true });
    addEventListener('resize', onScroll, { passive: true });
    mark();
  }
  // Back to top: shown once the reader is more than a screen down. It scrolls to the very top (the #top title
  // sits below the chapter's meta line), smoothly only if the reader allows motion (the page's CSS), and moves
  // focus to the title, so the next Tab starts there.
  const toTop = document.querySelector<HTMLElement>('[data-to-top]');
  const top = document.getElementById('top');
  if (toTop && top) {
    const show = () => toTop.toggleAttribute('data-shown', scrollY > innerHeight);
    addEventListener('scroll', show, { passive: true });
    show();
    toTop.addEventListener('click', (e) => {
      e.preventDefault();
      scrollTo(0, 0);
      top.tabIndex = -1;
      top.focus({ preventScroll: true });
    });
  }
  mobileToc?.addEventListener('click', (e) => {
    if ((e.target as HTMLElement).closest('a')) mobileToc.open = false;
  });
}
