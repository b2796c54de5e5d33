import { $progress } from '../stores/progress';
import { emptyProgress } from '../lib/progress';

/** The "clear my reading progress" button: forgets every read section and the last place. */
export function initProgressClear(): void {
  const button = document.querySelector<HTMLButtonElement>('[data-progress-clear]');
  const status = document.querySelector<HTMLElement>('[data-progress-cleared]');
  button?.addEventListener('click', () => {
    $progress.set(emptyProgress);
    if (status) status.textContent = status.dataset.message ?? '';
  });
}
