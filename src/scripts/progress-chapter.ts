import { $progress, $rolePath } from '../stores/progress';
import { markRead, markUnread, rememberPlace } from '../lib/progress';
import { isRole } from '../lib/reading-path';
import { initQuiz } from './quiz';

/** How long a section's end must stay on screen before the section counts as read. */
const DWELL_MS = 1200;

/**
 * A chapter's progress: ticks at section ends, sections counted as read once their end has been in view
 * for a moment, the place the reader stopped, and the role path from the address (`?path=operator`).
 */
export function initChapterProgress(): void {
  const article = document.querySelector<HTMLElement>('[data-chapter]');
  if (!article) return;
  const slug = article.dataset.chapter ?? '';
  const locale = document.documentElement.lang === 'zh-CN' ? 'zh-cn' : 'en';

  const fromAddress = new URL(location.href).searchParams.get('path');
  if (isRole(fromAddress)) $rolePath.set(fromAddress);
  document.querySelectorAll<HTMLButtonElement>('[data-path-leave]').forEach((button) => {
    // Enabled only now, so that a click is never lost before this code runs.
    button.disabled = false;
    button.addEventListener('click', () => {
      $rolePath.set('');
      delete document.documentElement.dataset.path;
      const url = new URL(location.href);
      url.searchParams.delete('path');
      history.replaceState(history.state, '', url.href);
    });
  });

  initQuiz();
  const boxes = [...document.querySelectorAll<HTMLInputElement>('[data-mark-read]')];
  $progress.subscribe((p) => boxes.forEach((box) => (box.checked = (box.dataset.markRead ?? '') in p.read)));
  /** Sections the reader unticked on this visit: reaching their end again does not tick them back. */
  const undone = new Set<string>();
  for (const box of boxes) {
    // Enabled only now, so that no tick is lost before this code runs.
    box.disabled = false;
    box.addEventListener('change', () => {
      const key = box.dataset.markRead ?? '';
      if (box.checked) {
        undone.delete(key);
        $progress.set(rememberPlace(markRead($progress.get(), key, Date.now()), key, locale, Date.now()));
      } else {
        undone.add(key);
        $progress.set(markUnread($progress.get(), key));
      }
    });
  }

  if ('IntersectionObserver' in window) {
    const timers = new Map<Element, number>();
    const ends = new IntersectionObserver((entries) => {
      for (const entry of entries) {
        const key = (entry.target as HTMLElement).dataset.sectionEnd ?? '';
        window.clearTimeout(timers.get(entry.target));
        if (!entry.isIntersecting || undone.has(key)) continue;
        timers.set(
          entry.target,
          window.setTimeout(() => {
            if (undone.has(key)) return;
            let next = markRead($progress.get(), key, Date.now());
            next = rememberPlace(next, key, locale, Date.now());
            if (next !== $progress.get()) $progress.set(next);
          }, DWELL_MS),
        );
      }
    });
    document.querySelectorAll('[data-section-end]').forEach((el) => ends.observe(el));

    // The section whose heading was passed last is where the reader is.
    let place: string | undefined;
    const headings = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) if (entry.isIntersecting) place = `${slug}#${entry.target.id}`;
      },
      { rootMargin: '0px 0px -60% 0px' },
    );
    article.querySelectorAll('h2[id]').forEach((h) => headings.observe(h));
    const save = () => {
      if (place) $progress.set(rememberPlace($progress.get(), place, locale, Date.now()));
    };
    addEventListener('pagehide', save);
    document.addEventListener('visibilitychange', () => document.visibilityState === 'hidden' && save());
  }
}
