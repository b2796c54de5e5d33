/**
 * Makes each working template for one locale from the site's own data: the calculators' defaults and worked
 * examples, the platform reference, the chapters' checklists and steps, and the glossary. Build time only
 * (the template endpoints and the templates page call it); the result is kept, so the page's sizes are the
 * sizes of the files written.
 */
import type { Locale } from '../i18n/locales';
import type { Translate } from '../i18n/translate';
import { getChapters } from '../data/chapters';
import { getGlossary } from '../data/glossary';
import { toCsv } from '../lib/csv';
import { localePath, withBase } from '../lib/paths';
import { templates, type TemplateId } from '../lib/templates';
import { checklistsOf, stepsOf } from '../lib/templates/mdx-parts';
import { checklistRows, metricRows, raciRows } from '../lib/templates/tables';
import { kpiWorkbook, priceWorkbook, promotionWorkbook, translator } from './examples';
import { writeXlsx } from './xlsx';

async function chapterParts(locale: Locale) {
  const chapters = await getChapters(locale);
  return chapters.map((c) => ({
    label: `${c.entry.data.chapter}. ${c.entry.data.title}`,
    body: c.entry.body ?? '',
  }));
}

async function csvText(locale: Locale, id: 'campaign-checklist' | 'raci' | 'metric-dictionary', t: Translate): Promise<string> {
  if (id === 'metric-dictionary') {
    const here = locale === 'zh-cn' ? 'zh' : 'en';
    const site = import.meta.env.SITE ?? 'https://playbook.example.com';
    const page = withBase(import.meta.env.BASE_URL, localePath(locale, 'glossary'));
    const entries = (await getGlossary(locale))
      .map((g) => g.entry)
      .filter((e) => e.formula)
      .map((e) => ({ id: e.id, term: e[here].term, formula: e.formula![here], definition: e[here].definition, url: new URL(`${page}#${e.id}`, site).href }));
    return toCsv(metricRows(entries, t));
  }
  const chapters = await chapterParts(locale);
  if (id === 'campaign-checklist') return toCsv(checklistRows(chapters.map((c) => ({ chapter: c.label, parts: checklistsOf(c.body) })), t));
  return toCsv(raciRows(chapters.map((c) => ({ chapter: c.label, parts: stepsOf(c.body) })), t));
}

async function make(locale: Locale, id: TemplateId): Promise<Uint8Array<ArrayBuffer>> {
  const t = translator(locale);
  switch (id) {
    case 'price-sheet':
      return writeXlsx(priceWorkbook(locale, t));
    case 'promotion-plan': {
      const home = templates.find((x) => x.id === 'promotion-plan')!.home.chapter;
      const chapter = (await getChapters(locale)).find((c) => c.slug === home);
      return writeXlsx(promotionWorkbook(locale, t, chapter?.entry.body ?? ''));
    }
    case 'kpi-plan':
      return writeXlsx(kpiWorkbook(locale, t));
    default:
      return new TextEncoder().encode(await csvText(locale, id, t));
  }
}

const made = new Map<string, Promise<Uint8Array<ArrayBuffer>>>();

/** The bytes of one template in one locale, made once per build. */
export function templateFile(locale: Locale, id: TemplateId): Promise<Uint8Array<ArrayBuffer>> {
  const key = `${locale}/${id}`;
  let file = made.get(key);
  if (!file) {
    file = make(locale, id);
    made.set(key, file);
  }
  return file;
}
