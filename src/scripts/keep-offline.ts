import { offlineListSchema, type OfflineMessage, type OfflineReply } from '../sw/plan';

/** "Keep the whole playbook offline": asks the service worker to store every file, and shows how far it got. */
export function initKeepOffline(base: string): void {
  const box = document.querySelector<HTMLElement>('[data-keep-offline]');
  const button = box?.querySelector<HTMLButtonElement>('button');
  const status = box?.querySelector<HTMLElement>('[data-keep-status]');
  const bar = box?.querySelector<HTMLProgressElement>('progress');
  if (!box || !button || !status || !bar) return;
  const say = (key: string, values: Record<string, number> = {}) => {
    status.textContent = Object.entries(values).reduce((text, [k, v]) => text.replace(`{${k}}`, String(v)), box.dataset[key] ?? '');
  };
  if (!('serviceWorker' in navigator)) {
    button.disabled = true;
    say('unsupported');
    return;
  }
  // The size on the button's explanation comes from the list the worker will fetch.
  void fetch(`${base}offline.json`)
    .then((r) => r.json())
    .then((json: unknown) => {
      const list = offlineListSchema.safeParse(json);
      const size = box.querySelector('[data-offline-size]');
      if (list.success && size) size.textContent = (list.data.bytes / 1048576).toFixed(1);
    })
    .catch(() => {});

  const onReply = (event: MessageEvent) => {
    const reply = event.data as OfflineReply | undefined;
    if (reply?.type === 'keep-progress') {
      bar.hidden = false;
      bar.max = reply.total;
      bar.value = reply.done;
      say('progress', { done: reply.done, total: reply.total });
    }
    if (reply?.type === 'keep-done') {
      navigator.serviceWorker.removeEventListener('message', onReply);
      button.disabled = false;
      bar.hidden = true;
      if (reply.failed < 0) say('failed');
      else if (reply.failed > 0) say('partly', { failed: reply.failed });
      else say('done');
    }
  };
  button.addEventListener('click', () => {
    button.disabled = true;
    say('progress', { done: 0, total: 0 });
    navigator.serviceWorker.addEventListener('message', onReply);
    void navigator.serviceWorker.ready.then((registration) => registration.active?.postMessage({ type: 'keep-all' } satisfies OfflineMessage));
  });
}
