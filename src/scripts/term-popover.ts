/**
 * The glossary popover for terms in chapters. One non-modal dialog is reused: hovering or focusing a term
 * shows its definition next to it (the term is then described by it, so screen readers read it); Enter, a
 * click or a tap opens it and moves focus inside, where the link to the full entry is; Escape closes it and
 * returns focus to the term. It is positioned out of the flow, so nothing on the page moves.
 */
const HOVER_DELAY = 150;
const LEAVE_GRACE = 250;

let popover: HTMLElement | undefined;
let current: HTMLAnchorElement | null = null;
let showTimer: number | undefined;
let hideTimer: number | undefined;
/** The term focus was just returned to by Escape: that focus must not reopen the popover. */
let returnedTo: HTMLAnchorElement | null = null;

function ensurePopover(): HTMLElement {
  if (popover) return popover;
  const defs = document.querySelector<HTMLElement>('[data-term-defs]');
  const el = document.createElement('div');
  el.id = 'term-popover';
  el.className = 'term-popover';
  el.hidden = true;
  el.tabIndex = -1;
  el.setAttribute('role', 'dialog');
  el.setAttribute('aria-labelledby', 'term-popover-title');
  el.setAttribute('aria-describedby', 'term-popover-definition');
  el.addEventListener('pointerover', () => window.clearTimeout(hideTimer));
  el.addEventListener('pointerout', (e) => {
    if ((e as PointerEvent).pointerType === 'mouse' && !el.contains(e.relatedTarget as Node | null)) scheduleHide();
  });
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'term-popover-close';
  close.setAttribute('aria-label', defs?.dataset.closeLabel ?? 'Close');
  close.textContent = '×';
  close.addEventListener('click', () => hide(true));
  const body = document.createElement('div');
  body.dataset.termPopoverBody = '';
  el.append(close, body);
  document.body.append(el);
  popover = el;
  return el;
}

function place(term: HTMLElement, el: HTMLElement): void {
  const rect = term.getBoundingClientRect();
  const width = el.offsetWidth;
  const height = el.offsetHeight;
  const margin = 8;
  const left = Math.max(margin, Math.min(rect.left, document.documentElement.clientWidth - width - margin));
  const below = rect.bottom + 6;
  // Above the term only when it does not fit below and would not slide under the sticky header.
  const headerBottom = document.querySelector('header')?.getBoundingClientRect().bottom ?? 0;
  const top = below + height > window.innerHeight && rect.top - height - 6 > headerBottom ? rect.top - height - 6 : below;
  // CSSOM properties, not a style attribute: the content security policy allows these.
  el.style.left = `${Math.round(left + window.scrollX)}px`;
  el.style.top = `${Math.round(top + window.scrollY)}px`;
}

function show(term: HTMLAnchorElement, moveFocus: boolean): void {
  window.clearTimeout(hideTimer);
  window.clearTimeout(showTimer);
  const source = document.querySelector(`[data-term-def="${CSS.escape(term.dataset.term ?? '')}"]`);
  if (!source) return;
  const el = ensurePopover();
  if (current !== term) {
    if (current) reset(current);
    const body = el.querySelector<HTMLElement>('[data-term-popover-body]')!;
    body.replaceChildren(...[...source.children].map((c) => c.cloneNode(true)));
    body.querySelector('.term-popover-title')?.setAttribute('id', 'term-popover-title');
    body.querySelector('.term-popover-definition')?.setAttribute('id', 'term-popover-definition');
    current = term;
  }
  term.setAttribute('aria-expanded', 'true');
  term.setAttribute('aria-controls', 'term-popover');
  term.setAttribute('aria-describedby', 'term-popover-definition');
  el.hidden = false;
  place(term, el);
  // Focus may still be scrolling the term into view: place again once the page has moved.
  window.addEventListener('scroll', replace, { passive: true });
  if (moveFocus) el.focus({ preventScroll: true });
}

let frame = 0;
function replace(): void {
  cancelAnimationFrame(frame);
  frame = requestAnimationFrame(() => {
    if (popover && current && !popover.hidden) place(current, popover);
  });
}

function reset(term: HTMLAnchorElement): void {
  term.setAttribute('aria-expanded', 'false');
  term.removeAttribute('aria-describedby');
}

function hide(returnFocus: boolean): void {
  window.clearTimeout(showTimer);
  window.clearTimeout(hideTimer);
  if (!popover || popover.hidden) return;
  const term = current;
  popover.hidden = true;
  window.removeEventListener('scroll', replace);
  if (term) {
    reset(term);
    if (returnFocus && document.activeElement !== term) {
      returnedTo = term;
      term.focus();
    }
  }
}

function scheduleHide(): void {
  window.clearTimeout(hideTimer);
  hideTimer = window.setTimeout(() => {
    const active = document.activeElement;
    // Keep it open while the keyboard is on the term or inside the popover.
    if (active === current || (popover && popover.contains(active))) return;
    hide(false);
  }, LEAVE_GRACE);
}

/** Handles one document event forwarded by the loader in `TermDefinitions.astro`. */
export function handleTermEvent(e: Event, term: HTMLAnchorElement | null): void {
  const inPopover = popover?.contains(e.target as Node | null) ?? false;
  switch (e.type) {
    case 'focusin':
      if (term && term === returnedTo) returnedTo = null;
      else if (term) show(term, false);
      else if (!inPopover) hide(false);
      break;
    case 'focusout': {
      const next = (e as FocusEvent).relatedTarget as Node | null;
      if ((term || inPopover) && next !== current && !(popover?.contains(next) ?? false)) {
        // Focus left for somewhere else on the page (or the window): close without stealing focus.
        if (next) hide(false);
      }
      break;
    }
    case 'pointerover':
      if (term && (e as PointerEvent).pointerType === 'mouse') {
        window.clearTimeout(hideTimer);
        window.clearTimeout(showTimer);
        showTimer = window.setTimeout(() => show(term, false), HOVER_DELAY);
      }
      break;
    case 'pointerout':
      if (term && (e as PointerEvent).pointerType === 'mouse') {
        window.clearTimeout(showTimer);
        scheduleHide();
      }
      break;
    case 'click':
      if (term) show(term, true);
      else if (popover && !popover.hidden && !inPopover) hide(false);
      break;
    case 'keydown':
      if ((e as KeyboardEvent).key === 'Escape' && popover && !popover.hidden && (term === current || inPopover)) {
        e.preventDefault();
        hide(true);
      }
      break;
  }
}
