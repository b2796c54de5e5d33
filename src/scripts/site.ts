import { placeToKeep } from './place-in-view';

/** Small behaviours shared by every page: the small-screen menu, the current TOC entry, language links. */
export function initSite(): void {
  const menuButton = document.querySelector<HTMLButtonElement>('[data-menu-button]');
  const sidebar = document.getElementById('sidebar');
  if (menuButton && sidebar) {
    const setOpen = (open: boolean) => {
      menuButton.setAttribute('aria-expanded', String(open));
      menuButton.textContent = (open ? menuButton.dataset.labelClose : menuButton.dataset.labelOpen) ?? '';
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

  // Mark the section being read in the table of contents and the sidebar.
  const tocLinks = [...document.querySelectorAll<HTMLAnchorElement>('[data-toc-link], [data-section-link]')];
  const headings = [...document.querySelectorAll<HTMLElement>('main h2[id]')];
  if (tocLinks.length > 0 && headings.length > 0 && 'IntersectionObserver' in window) {
    const mark = (id: string) => {
      for (const link of tocLinks) {
        const linkId = link.dataset.tocLink ?? link.dataset.sectionLink;
        if (linkId === id) link.setAttribute('aria-current', 'true');
        else link.removeAttribute('aria-current');
      }
    };
    const observer = new IntersectionObserver(
      (entries) => {
        const visible = entries.filter((e) => e.isIntersecting).sort((a, b) => a.boundingClientRect.top - b.boundingClientRect.top);
        if (visible[0]) mark(visible[0].target.id);
      },
      { rootMargin: '0px 0px -70% 0px' },
    );
    for (const h of headings) observer.observe(h);
  }
}
