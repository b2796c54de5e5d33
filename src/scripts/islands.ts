/**
 * Wakes calculator parts (kit/Island.astro). A calculator's own page hydrates them as soon as the browser is
 * idle, so the first keystroke already computes; a chapter hydrates a calculator when it comes within a
 * screen of the viewport, or on pointer, touch or keyboard intent, and loads no calculator code before that.
 * A share link for the calculator hydrates it at once, so the shared numbers replace the example before the
 * reader reads them. Saved inputs do not: a returning reader's chapter would otherwise load every calculator's
 * code on arrival; the calculator wakes a screen before it comes into view, with the reader's numbers.
 */
export function watchIslands(): void {
  const groups = new Map<string, HTMLElement[]>();
  for (const el of document.querySelectorAll<HTMLElement>('[data-island]')) {
    const wake = el.dataset.wake ?? '';
    groups.set(wake, [...(groups.get(wake) ?? []), el]);
  }
  for (const [wake, parts] of groups) watch(wake, parts);
}

const intents = ['focusin', 'pointerdown', 'pointerover', 'keydown', 'touchstart'] as const;

function watch(wake: string, parts: HTMLElement[]): void {
  let started = false;
  let observer: IntersectionObserver | undefined;
  const start = () => {
    if (started) return;
    started = true;
    preload(parts);
    observer?.disconnect();
    for (const part of parts) for (const type of intents) part.removeEventListener(type, start);
    // A bare import() keeps Vite's preload wrapper out of this small, always-loaded script.
    const module = import('./hydrate-islands');
    void module.then((m) => m.hydrateIslands(parts));
  };
  if (hasSharedState(wake)) return start();
  for (const part of parts) for (const type of intents) part.addEventListener(type, start, { passive: true });
  if (parts.some((part) => part.closest('[data-hydrate="idle"]'))) {
    // On the calculator's own page its code starts downloading now; it runs when the browser is idle.
    preload(parts);
    if ('requestIdleCallback' in window) requestIdleCallback(start, { timeout: 1500 });
    else setTimeout(start, 200);
    return;
  }
  observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && start(), { rootMargin: '100% 0px' });
  // The wrappers are `display: contents` and have no box to intersect: watch what they hold.
  for (const part of parts) for (const child of part.children) observer.observe(child);
}

const preloaded = new Set<string>();
/**
 * Asks for every bundle the parts need at once (the build lists them in `data-modules`), rather than letting
 * the browser discover them import by import.
 */
function preload(parts: readonly HTMLElement[]): void {
  for (const part of parts) {
    for (const file of (part.dataset.modules ?? '').split(' ')) {
      if (!file || preloaded.has(file)) continue;
      preloaded.add(file);
      const link = document.createElement('link');
      link.rel = 'modulepreload';
      link.href = `${import.meta.env.BASE_URL}_astro/${file}`;
      document.head.append(link);
    }
  }
}

function hasSharedState(wake: string): boolean {
  return new URLSearchParams(location.search).has(wake);
}
