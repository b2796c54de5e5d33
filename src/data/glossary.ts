import { getCollection, type CollectionEntry } from 'astro:content';
import type { Locale } from '../i18n/locales';
import { getChapters } from './chapters';
import { termUsage } from '../lib/term-usage';

export type GlossaryItem = CollectionEntry<'glossary'>['data'];

export interface TermUse {
  chapterSlug: string;
  chapterNumber: number;
  sectionId: string;
  sectionTitle: string;
}

/** Glossary entries sorted for a locale, each with the sections that use it. */
export async function getGlossary(locale: Locale): Promise<{ entry: GlossaryItem; uses: TermUse[] }[]> {
  const entries = (await getCollection('glossary')).map((e) => e.data);
  const chapters = await getChapters(locale);
  const uses = new Map<string, TermUse[]>();
  for (const chapter of chapters) {
    for (const [id, sectionIds] of termUsage(chapter.entry.body ?? '')) {
      const list = uses.get(id) ?? [];
      for (const sectionId of sectionIds) {
        const section = chapter.entry.data.sections.find((s) => s.id === sectionId);
        list.push({
          chapterSlug: chapter.slug,
          chapterNumber: chapter.entry.data.chapter,
          sectionId,
          sectionTitle: section?.title ?? sectionId,
        });
      }
      uses.set(id, list);
    }
  }
  const key = locale === 'zh-cn' ? 'zh' : 'en';
  const collator = new Intl.Collator(locale === 'zh-cn' ? 'zh-CN-u-co-pinyin' : 'en', { sensitivity: 'base' });
  return entries
    .map((entry) => ({ entry, uses: uses.get(entry.id) ?? [] }))
    .sort((a, b) => collator.compare(a.entry[key].term, b.entry[key].term));
}
