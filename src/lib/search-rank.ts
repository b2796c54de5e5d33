/**
 * What a search query asks for, and how well a record answers it. Pagefind finds the candidates; this module
 * decides their order, so that a section's title and keywords count above its body, question words and stop
 * words never count, and "what is X" puts the definition of X first. Pure: no DOM, no Pagefind.
 */

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;
const CJK_RUN = /[\u3400-\u9fff\uf900-\ufaff]+/g;

/** Question words and particles, longest first so 是什么 goes before 什么. */
const ZH_STOP = [
  '是什么', '什么是', '怎么办', '为什么', '怎么样', '怎么做', '怎么', '如何', '怎样', '什么', '哪些', '哪个', '哪里',
  '多少', '有没有', '是不是', '能不能', '应该', '需要', '我们', '可以', '一下', '一个', '吗', '呢', '吧', '啊', '呀', '的', '了', '是', '我', '该', '要', '和', '与',
];
/** Verbs that carry little meaning in a question ("怎么算毛利率", "how to calculate margin"): counted lightly. */
const ZH_WEAK = new Set(['算', '做', '写', '设', '定', '用', '办', '看', '提高', '提升', '降低', '计算', '设置', '处理', '解决', '管理', '方法', '低', '高', '多', '少']);
const EN_STOP = new Set([
  'how', 'to', 'what', 'whats', "what's", 'is', 'are', 'was', 'a', 'an', 'the', 'why', 'do', 'does', 'did', 'i', 'we', 'you', 'my',
  'our', 'your', 'of', 'for', 'in', 'on', 'at', 'and', 'or', 'can', 'should', 'when', 'which', 'who', 'with', 'about', 'it',
  'its', 'be', 'much', 'many', 'me', 'us', 'there', 'this', 'that', 'if', 'by', 'from', 'into', 'as', 'than', 'vs', 'versus',
  'mean', 'means', 'meaning', 'define', 'definition',
]);
const EN_WEAK = new Set([
  'calculate', 'compute', 'work', 'out', 'set', 'write', 'use', 'improve', 'increase', 'reduce', 'raise', 'lower', 'find', 'make',
  'get', 'handle', 'deal', 'fix', 'run', 'plan', 'choose', 'pick', 'good', 'best', 'low', 'high', 'more', 'less', 'better', 'start',
]);

export interface QueryTerm {
  /** Lower-case text to look for. */
  text: string;
  /** 1 for content words, less for weak verbs; stop words never become terms. */
  weight: number;
  /** True for a run of Chinese characters (matched inside text, not as a whole word). */
  cjk: boolean;
}

export interface QueryAnalysis {
  /** Every term to score and highlight, phrases and their parts included. */
  terms: QueryTerm[];
  /** What to hand Pagefind: the content words, space separated; empty when only stop words were typed. */
  search: string;
  /** The content words in the order typed: "what is a flash sale" → "flash sale". */
  subject: string;
  /** "什么是 X", "X 是什么", "what is X": the X whose definition comes first. */
  definition: string | null;
}

function segmentZh(run: string): string[] {
  if (typeof Intl.Segmenter !== 'function') return [run];
  return [...new Intl.Segmenter('zh', { granularity: 'word' }).segment(run)].filter((s) => s.isWordLike).map((s) => s.segment);
}

/** Removes the question words of a Chinese run, leaving the pieces between them. */
function stripZh(run: string): string[] {
  let pieces = [run];
  for (const stop of ZH_STOP) pieces = pieces.flatMap((p) => p.split(stop));
  return pieces.filter((p) => p.length > 0);
}

/**
 * Splits a query into the terms that carry its meaning.
 * @example analyseQuery('怎么算毛利率').search //=> '毛利率'
 * @example analyseQuery('what is ROAS').definition //=> 'roas'
 */
export function analyseQuery(raw: string): QueryAnalysis {
  const query = raw.normalize('NFKC').toLowerCase().trim().slice(0, 200);
  const terms: QueryTerm[] = [];
  const add = (text: string, weight: number, cjk: boolean) => {
    if (!text || terms.some((t) => t.text === text)) return;
    terms.push({ text, weight, cjk });
  };
  // Latin words, numbers and abbreviations (GMV, ROI, a/b, 90-day), kept whole.
  const latin = query.replace(CJK_RUN, ' ').split(/[^\p{L}\p{N}/&'+-]+/u).map((w) => w.replace(/^[-'/]+|[-'/]+$/g, ''));
  const searchWords: string[] = [];
  const contentWords: string[] = [];
  for (const word of latin) {
    if (!word || EN_STOP.has(word)) continue;
    const weak = EN_WEAK.has(word);
    add(word, weak ? 0.3 : 1, false);
    if (!weak) contentWords.push(word);
    if (!weak) searchWords.push(word);
  }
  // Two or more words typed together also count as a phrase ("price band" is not just "price").
  if (contentWords.length >= 2 && contentWords.length <= 4) add(contentWords.join(' '), 1, false);
  for (const run of query.match(CJK_RUN) ?? []) {
    for (const whole of stripZh(run)) {
      // Weak verbs at either end of a piece go ("写商品标题" → 商品标题, "店铺评分低" → 店铺评分).
      let parts = segmentZh(whole);
      while (parts.length > 1 && ZH_WEAK.has(parts[0]!)) parts = parts.slice(1);
      while (parts.length > 1 && ZH_WEAK.has(parts[parts.length - 1]!)) parts = parts.slice(0, -1);
      const piece = parts.join('');
      const allWeak = parts.every((p) => ZH_WEAK.has(p));
      // The piece itself is a phrase worth matching whole (毛利率, 商品标题); its words score too.
      add(piece, allWeak ? 0.3 : 1, true);
      if (!allWeak) contentWords.push(piece);
      if (parts.length > 1) for (const part of parts) add(part, ZH_WEAK.has(part) || part.length === 1 ? 0.3 : 0.6, true);
      if (!allWeak) searchWords.push(piece);
    }
  }
  const strong = terms.filter((t) => t.weight === 1);
  let definition: string | null = null;
  const asksWhat =
    /^(what'?s|what\s+is|what\s+are|what\s+does|define|meaning\s+of|definition\s+of)\b/.test(query) ||
    /\bmean(s|ing)?\s*\??$/.test(query) ||
    /(^什么是|是什么(意思)?[？?]?$|是啥[？?]?$|的定义|什么意思)/.test(query);
  // Weak words only reach Pagefind when nothing else was typed ("calculate").
  if (searchWords.length === 0) searchWords.push(...terms.map((t) => t.text).filter((t) => !t.includes(' ')));
  const subject = contentWords.join(' ');
  if (asksWhat && strong.length > 0) definition = subject;
  return { terms, search: searchWords.join(' '), subject, definition };
}

/** A record as the ranking sees it. */
export interface RankRecord {
  id: string;
  url: string;
  title: string;
  /** 'chapter' (sections and chapter intros), 'glossary', 'calculator', 'guide'. */
  kind: string;
  keywords: string[];
  /** The record's text without its title and keywords. */
  body: string;
  /** Pagefind's own score, used to break ties. */
  score: number;
  /** The chapter a section belongs to, shown beside its title. */
  group?: string | undefined;
  /** A glossary entry's other names: which "what is X" it answers, without adding to its score. */
  names?: string[] | undefined;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The typed word without a plural "s", so "stockouts" finds "stockout" and "prices" finds "price". */
function singular(word: string): string {
  return word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
}

/** Whole English words, allowing common endings (margin → margins, not marginal); Chinese anywhere. */
export function termPattern(term: QueryTerm, flags = 'gu'): RegExp {
  if (term.cjk) return new RegExp(escapeRegExp(term.text), flags);
  return new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(singular(term.text))}(?:s|es|ed|d|ing|er|ers|'s)?(?![\\p{L}\\p{N}])`, `${flags}i`);
}

function count(text: string, term: QueryTerm): number {
  return text.match(termPattern(term))?.length ?? 0;
}

/** How well one record answers the query; higher is better, 0 when no term is found at all. */
export function scoreRecord(record: RankRecord, analysis: QueryAnalysis): number {
  const title = record.title.toLowerCase();
  let total = 0;
  let matchedWeight = 0;
  const strongWeight = analysis.terms.reduce((sum, t) => sum + t.weight, 0);
  for (const term of analysis.terms) {
    const inTitle = count(title, term) > 0;
    const exactKeyword = record.keywords.some((k) => k.toLowerCase() === term.text);
    const inKeywords = exactKeyword || record.keywords.some((k) => count(k.toLowerCase(), term) > 0);
    const inBody = count(record.body, term);
    if (inTitle || inKeywords || inBody > 0) matchedWeight += term.weight;
    const fieldScore = (inTitle ? 6 : 0) + (exactKeyword ? 7 : inKeywords ? 4 : 0) + Math.min(4, Math.log2(1 + inBody));
    // Longer matched phrases say more than their parts.
    total += term.weight * fieldScore * (term.cjk ? Math.min(2, 0.6 + term.text.length * 0.2) : 1);
  }
  if (matchedWeight === 0) return 0;
  // Records that cover every term come first.
  const coverage = strongWeight > 0 ? matchedWeight / strongWeight : 0;
  let score = total * (0.4 + 0.6 * coverage) + Math.min(record.score, 10) * 0.2;
  // The start page lists sections by title; the sections themselves should come first.
  if (record.kind === 'guide') score *= 0.5;
  if (record.kind === 'glossary') {
    const asked = analysis.definition;
    const phrase = analysis.subject;
    // A definition leads when asked for ("what is X"); otherwise the section that teaches the term does,
    // and a definition naming the typed term follows close behind.
    const defines = (term: string) => definesTerm(title, term) || (record.names ?? []).some((n) => n.toLowerCase() === term);
    if (asked && defines(asked)) score += 1000;
    // Asked for one definition, the reader wants the section that uses it next, not a neighbouring term.
    else if (asked) score *= 0.3;
    else if (phrase && defines(phrase)) score *= 0.8;
    else score *= 0.6;
  }
  return score;
}

/** True when a glossary title names the term: "Average order value (AOV)" defines "aov" and "average order value". */
export function definesTerm(title: string, term: string): boolean {
  const t = title.toLowerCase().normalize('NFKC');
  const names = [t, ...[...t.matchAll(/\(([^)]+)\)/g)].map((m) => m[1]!), t.replace(/\s*\([^)]*\)\s*/g, '').trim()];
  return names.some((n) => n.trim() === term || n.split(/\s*\/\s*/).includes(term));
}

/**
 * Orders records for display. Unless the reader filters by kind, at most `glossaryCap` glossary entries sit
 * among the first five while other records match; the rest move down, keeping their order.
 */
export function rankRecords<T extends RankRecord>(records: T[], analysis: QueryAnalysis, { filteredByKind = false, glossaryCap = 2 } = {}): T[] {
  const scored = records
    .map((r) => ({ r, s: scoreRecord(r, analysis) }))
    .filter((x) => x.s > 0)
    .sort((a, b) => b.s - a.s || b.r.score - a.r.score)
    .map((x) => x.r);
  if (filteredByKind) return scored;
  const top: T[] = [];
  const held: T[] = [];
  for (const r of scored) {
    if (top.length >= 5) break;
    if (r.kind === 'glossary' && top.filter((t) => t.kind === 'glossary').length >= glossaryCap) held.push(r);
    else top.push(r);
  }
  const rest = scored.filter((r) => !top.includes(r) && !held.includes(r));
  return [...top, ...held, ...rest];
}

export interface Snippet {
  text: string;
  mark: boolean;
}

/** Splits text into marked and unmarked pieces: whole English words and Chinese phrases of the query only. */
export function markTerms(text: string, terms: QueryTerm[]): Snippet[] {
  // Content terms only: single Chinese characters and weak verbs would mark fragments of other words.
  const usable = terms.filter((t) => t.weight >= 0.6).sort((a, b) => b.text.length - a.text.length);
  if (usable.length === 0) return text ? [{ text, mark: false }] : [];
  const pattern = new RegExp(usable.map((t) => termPattern(t).source).join('|'), 'giu');
  const out: Snippet[] = [];
  let last = 0;
  for (const m of text.matchAll(pattern)) {
    if (m[0].length === 0) continue;
    if (m.index > last) out.push({ text: text.slice(last, m.index), mark: false });
    out.push({ text: m[0], mark: true });
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push({ text: text.slice(last), mark: false });
  return out;
}

/** A window of the body around the densest matches, `size` characters long (whole words in English). */
export function excerpt(body: string, terms: QueryTerm[], size = 160): string {
  const text = body.replace(/\s+/g, ' ').trim();
  if (text.length <= size) return text;
  const usable = terms.filter((t) => t.weight >= 0.6);
  const positions: number[] = [];
  for (const t of usable) for (const m of text.matchAll(termPattern(t))) positions.push(m.index);
  positions.sort((a, b) => a - b);
  let start = 0;
  if (positions.length > 0) {
    // The window that holds the most matches, starting a little before its first one.
    let best = 0;
    let bestCount = 0;
    for (let i = 0; i < positions.length; i++) {
      let j = i;
      while (j + 1 < positions.length && positions[j + 1]! - positions[i]! < size * 0.8) j++;
      if (j - i + 1 > bestCount) {
        bestCount = j - i + 1;
        best = positions[i]!;
      }
    }
    start = Math.max(0, best - Math.round(size * 0.25));
  }
  let end = Math.min(text.length, start + size);
  start = Math.max(0, end - size);
  // Never cut an English word in two at either end.
  const latin = /[\p{Script=Latin}\p{N}]/u;
  if (start > 0 && latin.test(text[start - 1]!) && latin.test(text[start]!)) {
    const space = text.indexOf(' ', start);
    if (space > 0 && space < end) start = space + 1;
  }
  if (end < text.length && latin.test(text[end - 1]!) && latin.test(text[end]!)) {
    const space = text.lastIndexOf(' ', end);
    if (space > start) end = space;
  }
  return `${start > 0 ? '… ' : ''}${text.slice(start, end).trim()}${end < text.length ? ' …' : ''}`;
}

/**
 * Closest known word within a small edit distance, for English misspellings ("invetory" → "inventory").
 * Returns undefined when nothing is close enough.
 */
export function correctWord(word: string, vocabulary: readonly string[]): string | undefined {
  if (word.length < 4 || CJK.test(word)) return undefined;
  const limit = word.length >= 7 ? 2 : 1;
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of vocabulary) {
    if (Math.abs(candidate.length - word.length) > limit) continue;
    const d = editDistance(word, candidate, limit);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

/** Damerau–Levenshtein distance (adjacent swaps count once), giving up above `limit`. */
export function editDistance(a: string, b: string, limit = Infinity): number {
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    rows[i] = [i];
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        rows[0]![j] = j;
        continue;
      }
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = v;
    }
    if (i > 0 && Math.min(...rows[i]!) > limit) return limit + 1;
  }
  return rows[a.length]![b.length]!;
}
