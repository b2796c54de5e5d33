/**
 * The glossary's filter box: hides entries whose names (in either language, or the id) do not contain what
 * the reader typed, hides empty letters in the index, and says how many remain.
 */
export function initGlossaryFilter(): void {
  const input = document.querySelector<HTMLInputElement>('[data-glossary-filter]');
  const status = document.querySelector<HTMLElement>('[data-glossary-status]');
  if (!input || !status) return;
  const groups = [...document.querySelectorAll<HTMLElement>('[data-glossary-group]')];
  const total = Number(input.dataset.total);
  let timer: number | undefined;
  const apply = () => {
    const query = input.value.trim().toLowerCase();
    let shown = 0;
    for (const group of groups) {
      let inGroup = 0;
      for (const entry of group.querySelectorAll<HTMLElement>('[data-glossary-entry]')) {
        const match = query === '' || (entry.dataset.names ?? '').includes(query);
        entry.hidden = !match;
        if (match) inGroup++;
      }
      group.hidden = inGroup === 0;
      const id = group.querySelector('h2')?.id ?? '';
      document.querySelector(`a[data-index-link][href="#${id}"]`)?.closest('li')?.toggleAttribute('hidden', inGroup === 0);
      shown += inGroup;
    }
    const template = shown === 0 ? input.dataset.noneTemplate : query === '' ? '' : input.dataset.countTemplate;
    status.textContent = (template ?? '').replace('{shown}', String(shown)).replace('{total}', String(total)).replace('{query}', input.value.trim());
  };
  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    // A short pause so screen readers announce the count once, not on every keystroke.
    timer = window.setTimeout(apply, 150);
  });
  if (input.value) apply();
}
