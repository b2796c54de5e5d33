/** Theme choice: 'auto' follows the system; 'light'/'dark' are kept in localStorage under one key. */
const KEY = 'playbook:theme';
type ThemeChoice = 'auto' | 'light' | 'dark';

function readChoice(): ThemeChoice {
  try {
    const v = localStorage.getItem(KEY);
    return v === 'light' || v === 'dark' ? v : 'auto';
  } catch {
    return 'auto';
  }
}

function applyChoice(choice: ThemeChoice): void {
  const root = document.documentElement;
  if (choice === 'auto') delete root.dataset.theme;
  else root.dataset.theme = choice;
  try {
    if (choice === 'auto') localStorage.removeItem(KEY);
    else localStorage.setItem(KEY, choice);
  } catch {
    /* storage disabled: the choice lasts for this page only */
  }
}

export function initThemeSelect(): void {
  for (const select of document.querySelectorAll<HTMLSelectElement>('[data-theme-select]')) {
    select.value = readChoice();
    select.addEventListener('change', () => applyChoice(select.value as ThemeChoice));
  }
}
