// Builds the Pagefind index for dist/. Sections are the unit of search: every chapter page is split at its
// `h2[id]` headings into one record per section (URL with the section's anchor, the section title, its
// keywords from the frontmatter at a strong weight, its chapter as a filter and as metadata), plus one
// record for the chapter's introduction. Other pages marked data-pagefind-body are indexed whole, and every
// glossary entry is one record per language (kind: glossary).
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse } from 'yaml';
import * as pagefind from 'pagefind';
import { offlineList } from '../src/sw/plan.ts';

const dist = process.argv[2] ?? 'dist';
const contentDir = process.env.PLAYBOOK_CONTENT_DIR ?? './content';

// Interface text that would otherwise land in excerpts: checklist progress, "JavaScript required" notes,
// calculator widgets (their pages are indexed on their own) and the start page's self-check quizzes.
const excludeSelectors = [
  '[data-pagefind-ignore]',
  '.chapter-meta',
  '.checklist-footer',
  '.noscript-note',
  '.needs-js',
  '[data-island]',
  '[data-calculator-island]',
  '.self-check',
  'button',
  'noscript',
];

const { index, errors } = await pagefind.createIndex({ excludeSelectors });
if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);

const escapeHtml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

// English words of titles, keywords and glossary terms: the dialog corrects misspellings against them.
const vocabulary = new Set();
const addWords = (text) => {
  for (const w of String(text).toLowerCase().split(/[^a-z0-9&/-]+/)) if (w.length >= 4) vocabulary.add(w);
};

/** Frontmatter keywords per `<locale>/<slug>` and section id. */
function readKeywords() {
  const out = new Map();
  for (const locale of ['en', 'zh-cn']) {
    let files = [];
    try {
      files = readdirSync(join(contentDir, locale)).filter((f) => /^\d\d-.*\.mdx$/.test(f));
    } catch (error) {
      if (error.code !== 'ENOENT') throw error;
    }
    for (const file of files) {
      const text = readFileSync(join(contentDir, locale, file), 'utf8');
      const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
      if (!front) continue;
      const data = parse(front[1]) ?? {};
      const slug = file.replace(/\.mdx$/, '');
      for (const section of data.sections ?? []) {
        out.set(`${locale}/${slug}#${section.id}`, section.keywords ?? []);
        if (locale === 'en') for (const text of [section.title, ...(section.keywords ?? [])]) addWords(text);
      }
    }
  }
  return out;
}
const keywords = readKeywords();

function walk(dir) {
  const found = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (path !== join(dist, 'pagefind')) found.push(...walk(path));
    } else if (name.endsWith('.html')) found.push(path);
  }
  return found;
}

/** The page's URL path as the site serves it (BASE is added by the search client). */
const urlOf = (file) => `/${relative(dist, file).split(sep).join('/')}`.replace(/index\.html$/, '');

/** One synthetic page for Pagefind: title at weight 8, keywords at the top weight, then the body. */
function recordHtml({ lang, title, chapterNumber, chapterTitle, keywords: words, body }) {
  return `<!doctype html><html lang="${lang}"><head><title>${escapeHtml(title)}</title></head><body><main data-pagefind-body>
<span hidden data-pagefind-filter="kind:chapter"></span><span hidden data-pagefind-filter="chapter:${chapterNumber}"></span>
<span hidden data-pagefind-meta="chapter:${escapeHtml(chapterTitle)}"></span>
<span hidden data-pagefind-meta="keywords:${escapeHtml(words.join('|'))}"></span>
<h1 data-pagefind-weight="8" data-pagefind-meta="title">${escapeHtml(title)}</h1>
${body}
<p data-pagefind-weight="10">${escapeHtml(words.join(' · '))}</p>
</main></body></html>`;
}

const stripTags = (html) => html.replace(/<[^>]+>/g, '').replace(/&amp;/g, '&').replace(/&#39;/g, "'").replace(/&quot;/g, '"').trim();

let pages = 0;
let sections = 0;
for (const file of walk(dist)) {
  const html = readFileSync(file, 'utf8');
  if (!html.includes('data-pagefind-body')) continue;
  const url = urlOf(file);
  const article = /<article data-pagefind-body data-chapter="([^"]+)">([\s\S]*?)<\/article>/.exec(html);
  if (!article) {
    const added = await index.addHTMLFile({ url, content: html });
    if (added.errors.length) throw new Error(`pagefind ${url}: ${added.errors.join('; ')}`);
    pages++;
    continue;
  }
  const lang = /<html lang="([^"]+)"/.exec(html)?.[1] ?? 'en';
  const locale = url.split('/')[1];
  const slug = article[1];
  const inner = article[2];
  const chapterNumber = /data-pagefind-filter="chapter:(\d+)"/.exec(inner)?.[1] ?? '';
  const chapterTitle = stripTags(/<h1 id="top">([\s\S]*?)<\/h1>/.exec(inner)?.[1] ?? slug);
  // Split at each section heading; the part before the first is the chapter's introduction.
  const parts = inner.split(/(?=<h2 id=")/);
  const intro = parts.shift() ?? '';
  const records = [
    {
      url,
      title: chapterTitle,
      keywords: [],
      body: intro.replace(/<h1 id="top">[\s\S]*?<\/h1>/, ''),
    },
  ];
  for (const part of parts) {
    const heading = /^<h2 id="([^"]+)"[^>]*>([\s\S]*?)<\/h2>/.exec(part);
    if (!heading) continue;
    const id = heading[1];
    records.push({
      url: `${url}#${id}`,
      title: stripTags(heading[2]),
      keywords: keywords.get(`${locale}/${slug}#${id}`) ?? [],
      body: part.slice(heading[0].length),
    });
  }
  for (const r of records) {
    const content = recordHtml({ lang, title: r.title, chapterNumber, chapterTitle, keywords: r.keywords, body: r.body });
    const added = await index.addHTMLFile({ url: r.url, content });
    if (added.errors.length) throw new Error(`pagefind ${r.url}: ${added.errors.join('; ')}`);
    sections++;
  }
}

let glossary = [];
try {
  glossary = parse(readFileSync(`${contentDir}/glossary.yaml`, 'utf8')) ?? [];
} catch (error) {
  if (error.code !== 'ENOENT') throw error;
}
const locales = [
  { locale: 'en', key: 'en', other: 'zh', language: 'en' },
  { locale: 'zh-cn', key: 'zh', other: 'en', language: 'zh-cn' },
];
let records = 0;
for (const entry of glossary) {
  for (const l of locales) {
    const own = entry[l.key];
    if (l.locale === 'en') addWords(own.term);
    // The term is the record's title at a strong weight, so "what is ROAS" finds the definition itself. The
    // entry's other names, and its id read as words ("contribution-margin"), say which "what is X" it answers
    // (a family's first entry answers for the bare family name); they do not add to its score.
    const names = [...new Set([...(entry.names?.[l.key] ?? []), entry.id.replace(/-/g, ' ')])];
    const content = `<!doctype html><html lang="${l.language}"><body><main data-pagefind-body>
<span hidden data-pagefind-filter="kind:glossary"></span>
<span hidden data-pagefind-meta="alt:${escapeHtml(entry[l.other].term)}"></span>
<span hidden data-pagefind-meta="names:${escapeHtml(names.join('|'))}"></span>
<h1 data-pagefind-weight="9" data-pagefind-meta="title">${escapeHtml(own.term)}</h1>
<p data-pagefind-weight="4">${escapeHtml(entry[l.other].term)}</p>
<p>${escapeHtml(own.definition)}</p>
${entry.formula?.[l.key] ? `<p>${escapeHtml(entry.formula[l.key])}</p>` : ''}
</main></body></html>`;
    const result = await index.addHTMLFile({ url: `/${l.locale}/glossary/#${entry.id}`, content });
    if (result.errors.length) throw new Error(`pagefind: ${result.errors.join('; ')}`);
    records++;
  }
}

const written = await index.writeFiles({ outputPath: `${dist}/pagefind` });
if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`);
writeFileSync(`${dist}/pagefind/vocabulary.en.json`, JSON.stringify([...vocabulary].sort()));
console.log(`pagefind: ${sections} chapter sections and intros, ${pages} other pages and ${records} glossary records indexed into ${dist}/pagefind`);
await pagefind.close();

// What "keep the whole playbook offline" stores: every built file a reader needs, now that the index exists.
const builtFiles = (dir, prefix = '') =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? builtFiles(join(dir, e.name), `${prefix}${e.name}/`) : [[`${prefix}${e.name}`, statSync(join(dir, e.name)).size]],
  );
const offline = offlineList(builtFiles(dist));
writeFileSync(`${dist}/offline.json`, JSON.stringify(offline));
console.log(`offline: ${offline.files.length} files (${(offline.bytes / 1048576).toFixed(1)} MB) listed in ${dist}/offline.json`);
