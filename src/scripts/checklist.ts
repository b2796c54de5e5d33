import { parseTicks, serialiseTicks } from '../lib/ticks';

/**
 * Connects every server-rendered checklist on the page to its ticks in localStorage (shared by both locales,
 * kept per section). A few lines of storage instead of a store library keep a chapter page's script small.
 * When storage is disabled or full, ticks last for the visit; other tabs' changes arrive through `storage`.
 */
const memory = new Map<string, string>();
const key = (section: string) => `playbook:checklist:${section}`;

function read(section: string): number[] {
  if (memory.has(key(section))) return parseTicks(memory.get(key(section)));
  try {
    return parseTicks(localStorage.getItem(key(section)) ?? undefined);
  } catch {
    return [];
  }
}

function write(section: string, ticks: number[]): void {
  const value = serialiseTicks(ticks);
  try {
    if (ticks.length === 0) localStorage.removeItem(key(section));
    else localStorage.setItem(key(section), value);
    memory.delete(key(section));
  } catch {
    memory.set(key(section), value);
  }
}

export function initChecklists(): void {
  const renderers = new Map<string, () => void>();
  for (const root of document.querySelectorAll<HTMLElement>('[data-checklist]')) {
    const section = root.dataset.checklist!;
    const boxes = [...root.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
    const progress = root.querySelector<HTMLElement>('[data-checklist-progress]');
    const reset = root.querySelector<HTMLButtonElement>('[data-checklist-reset]');
    const template = root.dataset.progressTemplate ?? '{done}/{total}';

    const render = () => {
      const valid = new Set(read(section).filter((i) => i < boxes.length));
      boxes.forEach((box, i) => (box.checked = valid.has(i)));
      if (progress) progress.textContent = template.replace('{done}', String(valid.size)).replace('{total}', String(boxes.length));
      if (reset) reset.hidden = valid.size === 0;
    };
    renderers.set(key(section), render);
    boxes.forEach((box, i) => {
      box.disabled = false;
      box.addEventListener('change', () => {
        const next = new Set(read(section));
        if (box.checked) next.add(i);
        else next.delete(i);
        write(section, [...next]);
        render();
      });
    });
    reset?.addEventListener('click', () => {
      write(section, []);
      render();
    });
    render();
  }
  addEventListener('storage', (event) => {
    if (event.key) renderers.get(event.key)?.();
  });
}
