import { checklistStore } from '../stores/checklist';

/** Connects every server-rendered checklist on the page to its persisted store. */
export function initChecklists(): void {
  for (const root of document.querySelectorAll<HTMLElement>('[data-checklist]')) {
    const store = checklistStore(root.dataset.checklist!);
    const boxes = [...root.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
    const progress = root.querySelector<HTMLElement>('[data-checklist-progress]');
    const reset = root.querySelector<HTMLButtonElement>('[data-checklist-reset]');
    const template = root.dataset.progressTemplate ?? '{done}/{total}';

    store.subscribe((ticked) => {
      const valid = new Set(ticked.filter((i) => i < boxes.length));
      boxes.forEach((box, i) => (box.checked = valid.has(i)));
      if (progress) progress.textContent = template.replace('{done}', String(valid.size)).replace('{total}', String(boxes.length));
      if (reset) reset.hidden = valid.size === 0;
    });
    boxes.forEach((box, i) => {
      box.disabled = false;
      box.addEventListener('change', () => {
        const next = new Set(store.get());
        if (box.checked) next.add(i);
        else next.delete(i);
        store.set([...next].sort((a, b) => a - b));
      });
    });
    reset?.addEventListener('click', () => store.set([]));
  }
}
