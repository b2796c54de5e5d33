/**
 * Opens the search dialog from the header button, `/` and Ctrl/⌘+K. The dialog's code loads on first use,
 * so reading a page costs only this listener.
 */

let dialogModule: Promise<typeof import('./search')> | undefined;

function openSearch(): void {
  dialogModule ??= import('./search');
  void dialogModule.then((m) => m.openSearchDialog());
}

export function initSearchTrigger(): void {
  for (const button of document.querySelectorAll<HTMLElement>('[data-search-open]')) {
    button.addEventListener('click', openSearch);
  }
  document.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement | null;
    const typing = !!target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
    const dialog = document.querySelector<HTMLDialogElement>('[data-search-dialog]');
    if ((event.key === 'k' || event.key === 'K') && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      openSearch();
    } else if (event.key === '/' && !typing && !dialog?.open) {
      event.preventDefault();
      openSearch();
    }
  });
  // Marking search terms is only needed after following a search result.
  if (new URLSearchParams(location.search).has('highlight')) {
    const highlight = import('./highlight');
    void highlight.then((m) => m.highlightFromUrl());
  }
}
