import type { OfflineMessage } from '../sw/plan';

/**
 * Shows the prompt that a new version is ready. The new version waits until the reader accepts; then it takes
 * over and the page reloads into it.
 */
export function offerUpdate(registration: ServiceWorkerRegistration): void {
  const prompt = document.querySelector<HTMLElement>('[data-update-prompt]');
  if (!prompt || !prompt.hidden) return;
  prompt.hidden = false;
  let accepted = false;
  navigator.serviceWorker.addEventListener('controllerchange', () => accepted && location.reload());
  prompt.querySelector('button')?.addEventListener('click', () => {
    accepted = true;
    // The version waiting now: a later deploy may have replaced the one first offered.
    registration.waiting?.postMessage({ type: 'skip-waiting' } satisfies OfflineMessage);
  });
}
