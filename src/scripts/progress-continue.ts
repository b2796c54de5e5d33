import * as z from 'zod/mini';
import { $lastLocale, $progress } from '../stores/progress';
import { continueAt } from '../lib/progress';

const sectionsSchema = z.array(z.tuple([z.string(), z.string(), z.string()]));

/**
 * "Continue where you stopped" on the home page: once something is read or a place is kept, a link to the
 * section to read next (the last place if it is unfinished, else the next unread section).
 */
export function initContinue(): void {
  const link = document.querySelector<HTMLAnchorElement>('[data-continue]');
  if (!link) return;
  const parsed = sectionsSchema.safeParse(JSON.parse(link.dataset.continue ?? '[]'));
  if (!parsed.success) return;
  const sections = parsed.data;
  $progress.subscribe((progress) => {
    const started = progress.last !== undefined || Object.keys(progress.read).length > 0;
    const key = started ? continueAt(progress, sections.map(([k]) => k)) : undefined;
    const target = sections.find(([k]) => k === key);
    link.hidden = !target;
    if (target) {
      link.href = target[2];
      link.textContent = (link.dataset.template ?? '{title}').replace('{title}', target[1]);
    }
  });
}

/**
 * The language chooser at the root: the language the reader last used is marked first, with a link to
 * continue where they stopped. Nothing is redirected; the reader still chooses.
 */
export function initRootContinue(): void {
  const remembered = $lastLocale.get() || $progress.get().last?.locale;
  const block = document.querySelector<HTMLElement>(`[data-root-continue="${remembered}"]`);
  const card = block?.closest<HTMLElement>('.card');
  if (!block || !card) return;
  card.setAttribute('data-remembered', '');
  card.parentElement?.prepend(card);
  card.querySelector<HTMLElement>('[data-remembered-note]')?.removeAttribute('hidden');
  const parsed = sectionsSchema.safeParse(JSON.parse(block.dataset.sections ?? '[]'));
  const progress = $progress.get();
  const key = parsed.success ? continueAt(progress, parsed.data.map(([k]) => k)) : undefined;
  const target = parsed.success && (progress.last || Object.keys(progress.read).length > 0) ? parsed.data.find(([k]) => k === key) : undefined;
  if (!target) return;
  const link = block.querySelector<HTMLAnchorElement>('a')!;
  link.href = target[2];
  link.textContent = (link.dataset.template ?? '{title}').replace('{title}', target[1]);
  block.hidden = false;
}
