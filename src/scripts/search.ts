/**
 * The search dialog, loaded by `search-trigger.ts` on first use. Pagefind's own script is imported when the
 * dialog first opens, so pages that are only read never download it. Results link to the section (heading
 * anchor) with `?highlight=` so the target page can mark the terms.
 */

interface PagefindSubResult { title: string; url: string; excerpt: string; locations?: number[] }
interface PagefindData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  filters: Record<string, string[]>;
  sub_results?: PagefindSubResult[];
}
interface PagefindResult { id: string; data(): Promise<PagefindData> }
interface PagefindSearch { results: PagefindResult[] }
interface Pagefind {
  options(opts: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(query: string, opts?: Record<string, unknown>): Promise<PagefindSearch>;
  debouncedSearch(query: string, opts?: Record<string, unknown>, ms?: number): Promise<PagefindSearch | null>;
}

/** Splits runs of Chinese characters into words with the browser's segmenter; other text is kept. */
function segmentCjk(query: string): string {
  if (!/[\u3400-\u9fff]{3,}/.test(query) || typeof Intl.Segmenter !== 'function') return query;
  const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
  return [...segmenter.segment(query)]
    .filter((part) => part.isWordLike)
    .map((part) => part.segment)
    .join(' ');
}

const MAX_PAGES = 8;
const MAX_SECTIONS_PER_PAGE = 3;

let pagefindPromise: Promise<Pagefind> | undefined;
function loadPagefind(base: string): Promise<Pagefind> {
  pagefindPromise ??= (async () => {
    const url = `${base.replace(/\/$/, '')}/pagefind/pagefind.js`;
    const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
    // A low page-length weight keeps short glossary records from crowding out the sections that explain a term.
    await pagefind.options({ baseUrl: base, excerptLength: 24, ranking: { pageLength: 0.1 } });
    await pagefind.init();
    return pagefind;
  })();
  pagefindPromise.catch(() => (pagefindPromise = undefined));
  return pagefindPromise;
}

/** Appends `highlight=` before the hash so the target page can mark the terms. */
function withHighlight(url: string, query: string): string {
  const [path, hash] = url.split('#', 2) as [string, string | undefined];
  const sep = path.includes('?') ? '&' : '?';
  return `${path}${sep}highlight=${encodeURIComponent(query)}${hash ? `#${hash}` : ''}`;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

let open: (() => void) | undefined;

/** Opens the dialog, wiring it up the first time. */
export function openSearchDialog(): void {
  open ??= setUp();
  open?.();
}

function setUp(): (() => void) | undefined {
  const dialog = document.querySelector<HTMLDialogElement>('[data-search-dialog]');
  if (!dialog) return undefined;
  const input = dialog.querySelector<HTMLInputElement>('[data-search-input]')!;
  const list = dialog.querySelector<HTMLUListElement>('[data-search-results]')!;
  const status = dialog.querySelector<HTMLElement>('[data-search-status]')!;
  const filterSelects = [...dialog.querySelectorAll<HTMLSelectElement>('[data-search-filter]')];
  const base = dialog.dataset.base ?? '/';
  const messages = JSON.parse(dialog.dataset.messages ?? '{}') as Record<string, string>;
  let opener: HTMLElement | null = null;

  const openDialog = () => {
    if (dialog.open) return;
    opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    dialog.showModal();
    input.focus();
    input.select();
    void loadPagefind(base).catch(() => (status.textContent = messages.error ?? ''));
  };
  const close = () => dialog.close();
  dialog.addEventListener('close', () => opener?.focus());
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) close(); // a click on the backdrop
  });

  dialog.querySelector('[data-search-close]')?.addEventListener('click', close);

  const links = () => [...list.querySelectorAll<HTMLAnchorElement>('a')];
  dialog.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const all = links();
    if (all.length === 0) return;
    event.preventDefault();
    const index = all.indexOf(document.activeElement as HTMLAnchorElement);
    const step = event.key === 'ArrowDown' ? 1 : -1;
    if (index === -1) {
      all[step === 1 ? 0 : all.length - 1]!.focus();
    } else if (index + step < 0) {
      input.focus();
    } else {
      all[Math.min(index + step, all.length - 1)]!.focus();
    }
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      links()[0]?.click();
    }
  });

  let generation = 0;
  const run = async () => {
    const query = input.value.trim();
    const mine = ++generation;
    if (!query) {
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    status.textContent = messages.loading ?? '';
    let pagefind: Pagefind;
    try {
      pagefind = await loadPagefind(base);
    } catch {
      status.textContent = messages.error ?? '';
      return;
    }
    const filters: Record<string, string> = {};
    for (const select of filterSelects) {
      if (select.value) filters[select.dataset.searchFilter!] = select.value;
    }
    const search = await pagefind.debouncedSearch(query, { filters }, 150);
    if (search === null || mine !== generation) return;
    let results = search.results;
    // Pagefind 1.4 matches a Chinese compound such as 需求预测 only if the index kept it as one word. When few
    // pages match, also search its words as the browser segments them and append what that adds.
    const split = segmentCjk(query);
    if (results.length < MAX_PAGES && split !== query) {
      const more = await pagefind.search(split, { filters });
      if (mine !== generation) return;
      const seen = new Set(results.map((r) => r.id));
      results = [...results, ...more.results.filter((r) => !seen.has(r.id))];
    }
    const pages = await Promise.all(results.slice(0, MAX_PAGES).map((r) => r.data()));
    if (mine !== generation) return;
    render(pages, query);
  };

  const render = (pages: PagefindData[], query: string) => {
    const items: HTMLLIElement[] = [];
    for (const page of pages) {
      const pageTitle = page.meta.title ?? page.url;
      // Sections with the most matches first: Pagefind lists them in page order.
      const subs = (page.sub_results ?? [])
        .filter((s) => s.url.includes('#'))
        .sort((a, b) => (b.locations?.length ?? 0) - (a.locations?.length ?? 0))
        .slice(0, MAX_SECTIONS_PER_PAGE);
      const entries = subs.length > 0 ? subs : [{ title: pageTitle, url: page.url, excerpt: page.excerpt }];
      for (const entry of entries) {
        const li = el('li');
        const a = el('a');
        a.href = withHighlight(entry.url, query);
        a.append(el('span', 'result-title', entry.title));
        if (subs.length > 0) a.append(el('span', 'result-page', pageTitle));
        const excerpt = el('span', 'result-excerpt');
        excerpt.innerHTML = entry.excerpt; // Pagefind escapes page text; it only adds <mark>.
        a.append(excerpt);
        li.append(a);
        items.push(li);
      }
    }
    list.replaceChildren(...items);
    status.textContent =
      items.length === 0
        ? (messages.noResults ?? '').replace('{query}', query)
        : (messages.resultCount ?? '').replace('{count}', String(items.length));
  };

  input.addEventListener('input', () => void run());
  for (const select of filterSelects) select.addEventListener('change', () => void run());
  return openDialog;
}
