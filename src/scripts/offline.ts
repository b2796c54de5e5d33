import type { OfflineMessage } from '../sw/plan';

/**
 * Registers the service worker once the page has loaded (production builds only: there is no sw.js in
 * development). On a first visit it hands the worker this page and what it loaded, which reached the browser
 * before the worker could keep them. When a new version is waiting, the update prompt's code loads.
 */
export function registerOffline(base: string): void {
  if (!('serviceWorker' in navigator)) return;
  if (!import.meta.env.PROD) {
    // `astro dev` on the port a preview used: a worker left from that build must not answer for the dev server.
    void navigator.serviceWorker.getRegistrations().then((all) => all.forEach((r) => void r.unregister()), () => {});
    return;
  }
  const sw = navigator.serviceWorker;
  const post = (worker: ServiceWorker | null, message: OfflineMessage) => worker?.postMessage(message);
  addEventListener('load', () => {
    const firstVisit = !sw.controller;
    sw.register(`${base}sw.js`, { scope: base }).then(
      (registration: ServiceWorkerRegistration | undefined) => {
        // Undefined where a browser blocks workers without refusing the call (some test and embedded ones).
        if (!registration) return;
        const waiting = () => {
          if (registration.waiting && sw.controller) {
            const module = import('./offline-update');
            void module.then((m) => m.offerUpdate(registration));
          }
        };
        waiting();
        registration.addEventListener('updatefound', () => registration.installing?.addEventListener('statechange', waiting));
        if (firstVisit) {
          // The page first; the icon is fetched outside resource timing, so it is named here.
          const icon = document.querySelector<HTMLLinkElement>('link[rel="icon"]')?.href ?? '';
          const urls = [location.href, ...performance.getEntriesByType('resource').map((entry) => entry.name), icon];
          void sw.ready.then((ready) => post(ready.active, { type: 'keep-page', urls }));
        }
      },
      () => {
        /* no worker (private mode, blocked): the site works as before, online */
      },
    );
  });
}
