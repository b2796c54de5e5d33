/**
 * The search dialog, loaded by `search-trigger.ts` on first use. Pagefind's own script is imported when the
 * dialog first opens, so pages that are only read never download it. Pagefind finds candidate records
 * (sections, chapter intros, glossary entries, calculators); `lib/search-rank` orders them and picks the
 * excerpt. Results link to the section anchor with `?highlight=` so the target page can mark the terms.
 */
import { analyseQuery, correctWord, excerpt, markTerms, rankRecords, type QueryAnalysis, type RankRecord } from '../lib/search-rank';

type Result = RankRecord & { snippetFrom?: string | undefined };

interface PagefindData {
  url: string;
  content: string;
  meta: { title?: string; chapter?: string; keywords?: string; alt?: string; names?: string };
  filters: Record<string, string[]>;
}
interface PagefindResult { id: string; score: number; data(): Promise<PagefindData> }
interface PagefindSearch { results: PagefindResult[] }
interface Pagefind {
  options(opts: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(query: string, opts?: Record<string, unknown>): Promise<PagefindSearch>;
}

const SHOWN = 10;
/** Candidates taken from each Pagefind search before re-ranking. */
const CANDIDATES = 24;

let pagefindPromise: Promise<Pagefind> | undefined;
function loadPagefind(base: string): Promise<Pagefind> {
  pagefindPromise ??= (async () => {
    const url = `${base.replace(/\/$/, '')}/pagefind/pagefind.js`;
    const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
    await pagefind.options({ baseUrl: base, excerptLength: 0 });
    await pagefind.init();
    return pagefind;
  })();
  pagefindPromise.catch(() => (pagefindPromise = undefined));
  return pagefindPromise;
}

let vocabularyPromise: Promise<string[]> | undefined;
/** English words of titles, keywords and glossary terms, for correcting misspellings (written by the indexer). */
function loadVocabulary(base: string, lang: string): Promise<string[]> {
  vocabularyPromise ??= fetch(`${base.replace(/\/$/, '')}/pagefind/vocabulary.${lang}.json`)
    .then((r) => (r.ok ? (r.json() as Promise<unknown>) : []))
    .then((v) => (Array.isArray(v) ? v.filter((w): w is string => typeof w === 'string') : []))
    .catch(() => []);
  return vocabularyPromise;
}

/** Appends `highlight=` with the query's content terms, before the hash. */
function withHighlight(url: string, analysis: QueryAnalysis): string {
  const words = analysis.subject;
  if (!words) return url;
  const [path, hash] = url.split('#', 2) as [string, string | undefined];
  const sep = path.includes('?') ? '&' : '?';
  return `${path}${sep}highlight=${encodeURIComponent(words)}${hash ? `#${hash}` : ''}`;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Turns Pagefind's record into what the ranking needs: the body without the title and the keywords. */
function toRecord(id: string, score: number, data: PagefindData): Result {
  const title = data.meta.title ?? data.url;
  const keywords = data.meta.keywords ? data.meta.keywords.split('|').filter(Boolean) : [];
  let body = data.content;
  if (body.startsWith(title)) body = body.slice(title.length).replace(/^[.\s]+/, '');
  if (keywords.length > 0) {
    const at = body.lastIndexOf(keywords.join(' · '));
    if (at >= 0) body = body.slice(0, at).replace(/[.\s]+$/, '');
  }
  // A definition's excerpt starts with the definition, not with the term's name in the other language.
  const alt = data.meta.alt;
  const snippetFrom = alt && body.startsWith(alt) ? body.slice(alt.length).replace(/^[.\s]+/, '') : undefined;
  const names = data.meta.names ? data.meta.names.split('|').filter(Boolean) : undefined;
  return { id, url: data.url, title, kind: data.filters.kind?.[0] ?? 'chapter', keywords, body, score, group: data.meta.chapter, snippetFrom, names };
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
  const lang = document.documentElement.lang.toLowerCase().startsWith('zh') ? 'zh-cn' : 'en';
  const messages = JSON.parse(dialog.dataset.messages ?? '{}') as Record<string, string>;
  const kindLabels = JSON.parse(dialog.dataset.kinds ?? '{}') as Record<string, string>;
  const plural = new Intl.PluralRules(document.documentElement.lang || 'en');
  const records = new Map<string, Promise<Result>>();
  let opener: HTMLElement | null = null;

  const openDialog = () => {
    if (dialog.open) return;
    opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    dialog.showModal();
    input.focus();
    input.select();
    void loadPagefind(base).catch(() => (status.textContent = messages.error ?? ''));
    if (lang === 'en') void loadVocabulary(base, lang);
  };
  const close = () => dialog.close();
  dialog.addEventListener('close', () => opener?.focus());
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) close(); // a click on the backdrop
  });
  dialog.querySelector('[data-search-close]')?.addEventListener('click', close);

  // The search for the text now in the box. Keys wait for it, so they never act on an older list.
  let current: Promise<void> = Promise.resolve();
  let generation = 0;

  const links = () => [...list.querySelectorAll<HTMLAnchorElement>('a')];
  dialog.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    event.preventDefault();
    const fromInput = document.activeElement === input;
    const step = event.key === 'ArrowDown' ? 1 : -1;
    const mine = generation;
    void current.then(() => {
      if (mine !== generation && !fromInput) return;
      const all = links();
      if (all.length === 0) return;
      const index = all.indexOf(document.activeElement as HTMLAnchorElement);
      if (index === -1) all[step === 1 ? 0 : all.length - 1]!.focus();
      else if (index + step < 0) input.focus();
      else all[Math.min(index + step, all.length - 1)]!.focus();
    });
  });
  input.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    void current.then(() => links()[0]?.click());
  });

  const record = async (pagefind: PagefindResult): Promise<Result> => {
    let r = records.get(pagefind.id);
    if (!r) {
      r = pagefind.data().then((data) => toRecord(pagefind.id, pagefind.score, data));
      records.set(pagefind.id, r);
    }
    return r.then((x) => ({ ...x, score: pagefind.score }));
  };

  const search = async (mine: number): Promise<void> => {
    const query = input.value.trim();
    if (!query) {
      list.replaceChildren();
      list.removeAttribute('aria-busy');
      status.textContent = '';
      return;
    }
    let pagefind: Pagefind;
    try {
      pagefind = await loadPagefind(base);
    } catch {
      status.textContent = messages.error ?? '';
      return;
    }
    if (mine !== generation) return;
    const filters: Record<string, string> = {};
    for (const select of filterSelects) {
      if (select.value) filters[select.dataset.searchFilter!] = select.value;
    }
    let analysis = analyseQuery(query);
    if (!analysis.search) {
      render([], query, analysis);
      return;
    }
    const run = async (a: QueryAnalysis) => {
      // The whole query, then each content term alone: Pagefind needs every word to match, and a Chinese
      // phrase it splits differently from the reader would otherwise find nothing. When that still finds
      // little, the words of a Chinese phrase (客服响应慢 → 客服, 响应) are searched too.
      const strong = a.terms.filter((t) => t.weight === 1 && t.text !== a.search).map((t) => t.text);
      const parts = a.terms.filter((t) => t.weight === 0.6).map((t) => t.text);
      const found = new Map<string, PagefindResult>();
      const add = async (q: string) => {
        const { results } = await pagefind.search(q, { filters });
        for (const r of results.slice(0, CANDIDATES)) if (!found.has(r.id)) found.set(r.id, r);
      };
      for (const q of [a.search, ...strong].slice(0, 5)) await add(q);
      if (found.size < CANDIDATES) for (const q of parts.slice(0, 4)) await add(q);
      return [...found.values()];
    };
    const rank = async (a: QueryAnalysis) => {
      const candidates = await run(a);
      const loaded = await Promise.all(candidates.map(record));
      return rankRecords(loaded, a, { filteredByKind: Boolean(filters.kind) });
    };
    let ranked = await rank(analysis);
    if (mine !== generation) return;
    if (ranked.length === 0 && lang === 'en') {
      // Nothing matched: try the nearest spelling of each word ("invetory" → "inventory").
      const vocabulary = await loadVocabulary(base, lang);
      const fixed = analysis.search
        .split(' ')
        .map((w) => correctWord(w, vocabulary) ?? w)
        .join(' ');
      if (fixed !== analysis.search) {
        analysis = analyseQuery(fixed);
        ranked = await rank(analysis);
      }
    }
    if (mine !== generation) return;
    render(ranked.slice(0, SHOWN), query, analysis);
  };

  const render = (items: Result[], query: string, analysis: QueryAnalysis) => {
    const nodes = items.map((r) => {
      const li = el('li');
      const a = el('a');
      a.href = withHighlight(r.url, analysis);
      a.append(el('span', 'result-title', r.title));
      const where = r.kind === 'chapter' ? r.group : kindLabels[r.kind];
      if (where && where !== r.title) a.append(el('span', 'result-page', where));
      const snippet = el('span', 'result-excerpt');
      // Definitions are short: show their start; sections show the passage around the matches.
      const around = r.kind === 'glossary' ? [] : analysis.terms;
      for (const part of markTerms(excerpt(r.snippetFrom ?? r.body, around), analysis.terms)) {
        snippet.append(part.mark ? el('mark', undefined, part.text) : part.text);
      }
      a.append(snippet);
      li.append(a);
      return li;
    });
    list.replaceChildren(...nodes);
    list.removeAttribute('aria-busy');
    const count = nodes.length;
    status.textContent =
      count === 0
        ? (messages.noResults ?? '').replace('{query}', query)
        : (messages[`resultCount.${plural.select(count)}`] ?? messages['resultCount.other'] ?? '').replace('{count}', String(count));
  };

  const start = () => {
    const mine = ++generation;
    // Until the new results arrive, the list says it is out of date and keys wait.
    if (input.value.trim()) {
      list.setAttribute('aria-busy', 'true');
      status.textContent = messages.searching ?? '';
    }
    current = search(mine).catch(() => {
      if (mine === generation) status.textContent = messages.error ?? '';
    });
  };
  input.addEventListener('input', start);
  for (const select of filterSelects) select.addEventListener('change', start);
  return openDialog;
}
