import type { ClientDirective } from 'astro';

/**
 * `client:interact="<calculator>"`: hydrates a calculator's islands when the reader first touches one of them
 * (focus, pointer, key), or at once when a share link or saved inputs for it exist. Until then the page shows
 * the server-rendered example and loads no calculator code. All islands of a calculator wake together.
 */
const interact: ClientDirective = (load, options, el) => {
  const name = options.value;
  const wake = `playbook:wake:${name}`;
  const triggers = ['focusin', 'pointerdown', 'keydown', 'touchstart'];
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    for (const t of triggers) el.removeEventListener(t, start);
    window.removeEventListener(wake, start);
    window.dispatchEvent(new Event(wake));
    void load().then((hydrate) => hydrate());
  };
  for (const t of triggers) el.addEventListener(t, start, { passive: true });
  window.addEventListener(wake, start);
  let saved = false;
  try {
    saved =
      new URLSearchParams(location.search).has(name) ||
      Object.keys(localStorage).some((key) => key === 'playbook:assumptions' || key.startsWith(`playbook:${name}`));
  } catch {
    /* storage disabled: nothing saved to show */
  }
  if (saved) start();
};

export default interact;
